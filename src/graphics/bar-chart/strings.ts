/**
 * The words the bar chart writes, per built-in language; a story overrides them as
 * `strings["bar-chart.KEY"]`. `{word}` in `sourceLine` is the explainer's own "Source" or
 * "Sources" (core keys `source` and `sourcesShort`).
 */
import type { GraphicStrings } from '../../core/defineGraphic.js';

export const BAR_CHART_STRINGS = {
  en: {
    chart: 'Bar chart.',
    altUnit: 'Values: {unit}.',
    altBar: '{label}: {value}.',
    altHighlight: 'Highlighted: {bars}.',
    sourceLine: '{word}: {names}',
    rowWhat: '{title}: {label}'
  },
  ar: {
    chart: 'مخطط شريطي.',
    altUnit: 'القيم: {unit}.',
    altBar: '{label}: {value}.',
    altHighlight: 'الأشرطة المميزة: {bars}.',
    sourceLine: '{word}: {names}',
    rowWhat: '{title}: {label}'
  },
  fr: {
    chart: 'Graphique à barres.',
    altUnit: 'Valeurs : {unit}.',
    altBar: '{label} : {value}.',
    altHighlight: 'Barres mises en évidence : {bars}.',
    sourceLine: '{word} : {names}',
    rowWhat: '{title} : {label}'
  },
  es: {
    chart: 'Gráfico de barras.',
    altUnit: 'Valores: {unit}.',
    altBar: '{label}: {value}.',
    altHighlight: 'Barras resaltadas: {bars}.',
    sourceLine: '{word}: {names}',
    rowWhat: '{title}: {label}'
  },
  de: {
    chart: 'Balkendiagramm.',
    altUnit: 'Werte: {unit}.',
    altBar: '{label}: {value}.',
    altHighlight: 'Hervorgehoben: {bars}.',
    sourceLine: '{word}: {names}',
    rowWhat: '{title}: {label}'
  },
  he: {
    chart: 'תרשים פסים.',
    altUnit: 'ערכים: {unit}.',
    altBar: '{label}: {value}.',
    altHighlight: 'הפסים המודגשים: {bars}.',
    sourceLine: '{word}: {names}',
    rowWhat: '{title}: {label}'
  }
} satisfies GraphicStrings;
