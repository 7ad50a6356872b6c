/** The explainer's own words in English: the fallback for every key and every language. */
export default {
  sources: 'Sources and method',
  source: 'Source',
  sourcesShort: 'Sources',
  skip: 'Skip past the explainer',
  asOf: 'The graphic reflects the situation on',
  steps: 'Story steps',
  graphic: 'Graphic',
  published: 'Published',
  viewData: 'View the data',
  comma: ', ',
  separator: '; ',
  stepNumber: 'Step {n}',
  figuresCaption: 'Figures and dates shown at each step',
  step: 'Step',
  shows: 'What the graphic shows',
  figure: 'Figure',
  needsScript: 'This graphic needs JavaScript: {alt}',
  colon: ':'
};
