/** The explainer's own words in French. */
export default {
  sources: 'Sources et méthode',
  source: 'Source',
  sourcesShort: 'Sources',
  skip: 'Passer l’explication',
  asOf: 'Le graphique reflète la situation au',
  steps: 'Étapes du récit',
  graphic: 'Graphique',
  published: 'Publié le',
  viewData: 'Voir les données',
  comma: ', ',
  separator: ' ; ',
  stepNumber: 'Étape {n}',
  figuresCaption: 'Chiffres et dates montrés à chaque étape',
  step: 'Étape',
  shows: 'Ce que montre le graphique',
  figure: 'Chiffre',
  needsScript: 'Ce graphique nécessite JavaScript : {alt}',
  colon: '\u202f:'
};
