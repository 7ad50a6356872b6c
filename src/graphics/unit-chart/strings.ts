/** The words the unit chart writes, per built-in language; a story overrides them as `strings["unit-chart.KEY"]`. */
import type { GraphicStrings } from '../../core/defineGraphic.js';

export const UNIT_CHART_STRINGS = {
  en: {
    eachUnit: 'Each square = {unit}',
    chart: 'Chart.',
    altGroup: '{label}: {value} ({marks} marks, each {unit}).',
    altHighlight: '{value} {label}.'
  },
  ar: {
    eachUnit: 'كل مربع = {unit}',
    chart: 'رسم بياني.',
    altGroup: '{label}: {value} ({marks} علامة، كل منها {unit}).',
    altHighlight: '{value} {label}.'
  },
  fr: { eachUnit: 'Chaque carré = {unit}' },
  de: { eachUnit: 'Jedes Quadrat = {unit}' },
  es: { eachUnit: 'Cada cuadrado = {unit}' },
  tr: { eachUnit: 'Her kare = {unit}' }
} satisfies GraphicStrings;
