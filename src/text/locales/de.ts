/** The explainer's own words in German. */
export default {
  sources: 'Quellen und Methode',
  source: 'Quelle',
  sourcesShort: 'Quellen',
  skip: 'Erklärstück überspringen',
  asOf: 'Die Grafik zeigt den Stand vom',
  steps: 'Schritte der Geschichte',
  graphic: 'Grafik',
  published: 'Veröffentlicht am',
  viewData: 'Daten anzeigen',
  comma: ', ',
  separator: '; ',
  stepNumber: 'Schritt {n}',
  figuresCaption: 'Zahlen und Daten in jedem Schritt',
  step: 'Schritt',
  shows: 'Was die Grafik zeigt',
  figure: 'Zahl',
  needsScript: 'Diese Grafik braucht JavaScript: {alt}',
  colon: ':'
};
