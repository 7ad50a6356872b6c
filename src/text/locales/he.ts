/** The explainer's own words in Hebrew. */
export default {
  sources: 'מקורות ושיטה',
  source: 'מקור',
  sourcesShort: 'מקורות',
  skip: 'דילוג על ההסבר',
  asOf: 'הגרפיקה משקפת את המצב בתאריך',
  steps: 'שלבי הכתבה',
  graphic: 'גרפיקה',
  published: 'פורסם',
  viewData: 'הצגת הנתונים',
  comma: ', ',
  separator: '; ',
  stepNumber: 'שלב {n}',
  figuresCaption: 'מספרים ותאריכים בכל שלב',
  step: 'שלב',
  shows: 'מה הגרפיקה מראה',
  figure: 'נתון',
  needsScript: 'הגרפיקה הזו דורשת JavaScript: {alt}',
  colon: ':'
};
