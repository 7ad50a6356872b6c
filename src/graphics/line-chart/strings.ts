/**
 * The words the line chart writes, per built-in language: its text alternative, its sources
 * line and its data table. A story overrides any of them as `strings["line-chart.KEY"]`.
 * Every other word on the chart (title, axis labels, series labels, notes) is the story's.
 */
import type { GraphicStrings } from '../../core/defineGraphic.js';

export const LINE_CHART_STRINGS = {
  en: {
    chart: 'Line chart.',
    axisY: 'Vertical axis: {label}.',
    axisX: 'Horizontal axis: {label}.',
    axisDates: 'Horizontal axis: dates.',
    date: 'Date',
    xValue: 'x',
    series: '{label}: from {first} ({firstAt}) to {last} ({lastAt}).',
    seriesOne: '{label}: {value} ({at}).',
    seriesNone: '{label}: not drawn yet.',
    peak: 'Highest: {value} ({at}).',
    note: 'Note: {text} ({at}).',
    sourceLine: 'Source: {names}',
    sourcesLine: 'Sources: {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title}: the data'
  },
  ar: {
    chart: 'رسم بياني خطي.',
    axisY: 'المحور الرأسي: {label}.',
    axisX: 'المحور الأفقي: {label}.',
    axisDates: 'المحور الأفقي: التواريخ.',
    date: 'التاريخ',
    xValue: 'x',
    series: '{label}: من {first} ({firstAt}) إلى {last} ({lastAt}).',
    seriesOne: '{label}: {value} ({at}).',
    seriesNone: '{label}: لم يُرسم بعد.',
    peak: 'الأعلى: {value} ({at}).',
    note: 'ملاحظة: {text} ({at}).',
    sourceLine: 'المصدر: {names}',
    sourcesLine: 'المصادر: {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title}: البيانات'
  },
  fr: {
    chart: 'Graphique linéaire.',
    axisY: 'Axe vertical : {label}.',
    axisX: 'Axe horizontal : {label}.',
    axisDates: 'Axe horizontal : dates.',
    date: 'Date',
    xValue: 'x',
    series: '{label} : de {first} ({firstAt}) à {last} ({lastAt}).',
    seriesOne: '{label} : {value} ({at}).',
    seriesNone: '{label} : rien de tracé pour l’instant.',
    peak: 'Maximum : {value} ({at}).',
    note: 'Note : {text} ({at}).',
    sourceLine: 'Source : {names}',
    sourcesLine: 'Sources : {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title} : les données'
  },
  es: {
    chart: 'Gráfico de líneas.',
    axisY: 'Eje vertical: {label}.',
    axisX: 'Eje horizontal: {label}.',
    axisDates: 'Eje horizontal: fechas.',
    date: 'Fecha',
    xValue: 'x',
    series: '{label}: de {first} ({firstAt}) a {last} ({lastAt}).',
    seriesOne: '{label}: {value} ({at}).',
    seriesNone: '{label}: aún sin trazar.',
    peak: 'Máximo: {value} ({at}).',
    note: 'Nota: {text} ({at}).',
    sourceLine: 'Fuente: {names}',
    sourcesLine: 'Fuentes: {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title}: los datos'
  },
  de: {
    chart: 'Liniendiagramm.',
    axisY: 'Senkrechte Achse: {label}.',
    axisX: 'Waagerechte Achse: {label}.',
    axisDates: 'Waagerechte Achse: Datum.',
    date: 'Datum',
    xValue: 'x',
    series: '{label}: von {first} ({firstAt}) bis {last} ({lastAt}).',
    seriesOne: '{label}: {value} ({at}).',
    seriesNone: '{label}: noch nicht gezeichnet.',
    peak: 'Höchstwert: {value} ({at}).',
    note: 'Hinweis: {text} ({at}).',
    sourceLine: 'Quelle: {names}',
    sourcesLine: 'Quellen: {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title}: die Daten'
  },
  he: {
    chart: 'תרשים קווי.',
    axisY: 'ציר אנכי: {label}.',
    axisX: 'ציר אופקי: {label}.',
    axisDates: 'ציר אופקי: תאריכים.',
    date: 'תאריך',
    xValue: 'x',
    series: '{label}: מ־{first} ({firstAt}) עד {last} ({lastAt}).',
    seriesOne: '{label}: {value} ({at}).',
    seriesNone: '{label}: עדיין לא שורטט.',
    peak: 'השיא: {value} ({at}).',
    note: 'הערה: {text} ({at}).',
    sourceLine: 'מקור: {names}',
    sourcesLine: 'מקורות: {names}',
    rowValue: '{value} ({at})',
    tableCaption: '{title}: הנתונים'
  }
} satisfies GraphicStrings;
