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
  fr: {
    eachUnit: 'Chaque carré = {unit}',
    chart: 'Graphique.',
    altGroup: '{label} : {value} ({marks} carrés, chacun {unit}).',
    altHighlight: '{value} {label}.'
  },
  es: {
    eachUnit: 'Cada cuadrado = {unit}',
    chart: 'Gráfico.',
    altGroup: '{label}: {value} ({marks} cuadrados, cada uno {unit}).',
    altHighlight: '{value} {label}.'
  },
  de: {
    eachUnit: 'Jedes Quadrat = {unit}',
    chart: 'Grafik.',
    altGroup: '{label}: {value} ({marks} Quadrate, je {unit}).',
    altHighlight: '{value} {label}.'
  },
  he: {
    eachUnit: 'כל ריבוע = {unit}',
    chart: 'תרשים.',
    altGroup: '{label}: {value} ({marks} ריבועים, כל אחד {unit}).',
    altHighlight: '{value} {label}.'
  },
  tr: { eachUnit: 'Her kare = {unit}' }
} satisfies GraphicStrings;
