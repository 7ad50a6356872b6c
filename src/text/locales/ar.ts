/** The explainer's own words in Arabic. */
export default {
  sources: 'المصادر والمنهجية',
  source: 'المصدر',
  sourcesShort: 'المصادر',
  skip: 'تخطَّ هذا الشرح',
  asOf: 'يعكس الرسم الوضع في',
  steps: 'مراحل القصة',
  graphic: 'رسم توضيحي',
  published: 'نُشر في',
  viewData: 'اعرض البيانات',
  comma: '، ',
  separator: '؛ ',
  stepNumber: 'المرحلة {n}',
  figuresCaption: 'الأرقام والتواريخ في كل مرحلة',
  step: 'المرحلة',
  shows: 'ما يعرضه الرسم',
  figure: 'الرقم',
  needsScript: 'يحتاج هذا الرسم إلى JavaScript: {alt}',
  colon: ':'
};
