/** The words the video graphic writes, per built-in language; a story overrides them as `strings["video.KEY"]`. */
import type { GraphicStrings } from '../../core/defineGraphic.js';

export const VIDEO_STRINGS = {
  en: {
    video: 'Video',
    alt: 'Video: {alt}',
    credit: 'Video: {credit}',
    creditLabel: 'Credit',
    creditAlt: 'Credit: {credit}',
    pause: 'Pause',
    play: 'Play',
    captions: 'Captions',
    failed: 'The video could not be loaded.'
  },
  ar: {
    video: 'فيديو',
    alt: 'فيديو: {alt}',
    credit: 'فيديو: {credit}',
    creditLabel: 'حقوق الفيديو',
    creditAlt: 'حقوق الفيديو: {credit}',
    pause: 'إيقاف مؤقت',
    play: 'تشغيل',
    captions: 'الترجمة',
    failed: 'تعذّر تحميل الفيديو.'
  },
  fr: {
    video: 'Vidéo',
    alt: 'Vidéo : {alt}',
    credit: 'Vidéo : {credit}',
    creditLabel: 'Crédit',
    creditAlt: 'Crédit : {credit}',
    pause: 'Pause',
    play: 'Lecture',
    captions: 'Sous-titres',
    failed: 'La vidéo n’a pas pu être chargée.'
  },
  es: {
    video: 'Vídeo',
    alt: 'Vídeo: {alt}',
    credit: 'Vídeo: {credit}',
    creditLabel: 'Crédito',
    creditAlt: 'Crédito: {credit}',
    pause: 'Pausa',
    play: 'Reproducir',
    captions: 'Subtítulos',
    failed: 'No se pudo cargar el vídeo.'
  },
  de: {
    video: 'Video',
    alt: 'Video: {alt}',
    credit: 'Video: {credit}',
    creditLabel: 'Videonachweis',
    creditAlt: 'Videonachweis: {credit}',
    pause: 'Pause',
    play: 'Abspielen',
    captions: 'Untertitel',
    failed: 'Das Video konnte nicht geladen werden.'
  },
  he: {
    video: 'וידאו',
    alt: 'וידאו: {alt}',
    credit: 'וידאו: {credit}',
    creditLabel: 'קרדיט',
    creditAlt: 'קרדיט: {credit}',
    pause: 'השהיה',
    play: 'הפעלה',
    captions: 'כתוביות',
    failed: 'לא ניתן היה לטעון את הווידאו.'
  }
} satisfies GraphicStrings;
