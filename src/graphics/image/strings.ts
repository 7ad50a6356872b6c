/** The words the image graphic writes, per built-in language; a story overrides them as `strings["image.KEY"]`. */
import type { GraphicStrings } from '../../core/defineGraphic.js';

export const IMAGE_STRINGS = {
  en: {
    photo: 'Photo',
    alt: 'Photo: {alt}',
    credit: 'Photo: {credit}',
    creditLabel: 'Credit',
    creditAlt: 'Credit: {credit}',
    caption: 'Caption',
    failed: 'The picture could not be loaded.'
  },
  ar: {
    photo: 'صورة',
    alt: 'صورة: {alt}',
    credit: 'تصوير: {credit}',
    creditLabel: 'حقوق الصورة',
    creditAlt: 'حقوق الصورة: {credit}',
    caption: 'التعليق',
    failed: 'تعذّر تحميل الصورة.'
  },
  fr: {
    photo: 'Photo',
    alt: 'Photo : {alt}',
    credit: 'Photo : {credit}',
    creditLabel: 'Crédit',
    creditAlt: 'Crédit : {credit}',
    caption: 'Légende',
    failed: 'L’image n’a pas pu être chargée.'
  },
  es: {
    photo: 'Foto',
    alt: 'Foto: {alt}',
    credit: 'Foto: {credit}',
    creditLabel: 'Crédito',
    creditAlt: 'Crédito: {credit}',
    caption: 'Pie de foto',
    failed: 'No se pudo cargar la imagen.'
  },
  de: {
    photo: 'Foto',
    alt: 'Foto: {alt}',
    credit: 'Foto: {credit}',
    creditLabel: 'Bildnachweis',
    creditAlt: 'Bildnachweis: {credit}',
    caption: 'Bildunterschrift',
    failed: 'Das Bild konnte nicht geladen werden.'
  },
  he: {
    photo: 'תמונה',
    alt: 'תמונה: {alt}',
    credit: 'צילום: {credit}',
    creditLabel: 'קרדיט',
    creditAlt: 'קרדיט: {credit}',
    caption: 'כיתוב',
    failed: 'לא ניתן היה לטעון את התמונה.'
  }
} satisfies GraphicStrings;
