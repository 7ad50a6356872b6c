/** The explainer's own words in Spanish. */
export default {
  sources: 'Fuentes y metodología',
  source: 'Fuente',
  sourcesShort: 'Fuentes',
  skip: 'Saltar la explicación',
  asOf: 'El gráfico refleja la situación a',
  steps: 'Pasos de la historia',
  graphic: 'Gráfico',
  published: 'Publicado el',
  viewData: 'Ver los datos',
  comma: ', ',
  separator: '; ',
  stepNumber: 'Paso {n}',
  figuresCaption: 'Cifras y fechas mostradas en cada paso',
  step: 'Paso',
  shows: 'Lo que muestra el gráfico',
  figure: 'Cifra',
  needsScript: 'Este gráfico necesita JavaScript: {alt}',
  colon: ':'
};
