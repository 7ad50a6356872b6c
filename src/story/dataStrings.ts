/** The words of the "view the data" tables, per story language; English otherwise. */
import type { Place } from '../schema/storySchema.js';

const STRINGS = {
  en: {
    placesCaption: 'Places shown on the map',
    figuresCaption: 'Figures and dates shown at each step',
    place: 'Place',
    kind: 'Kind',
    position: 'Position',
    source: 'Source',
    step: 'Step',
    shows: 'What the graphic shows',
    figure: 'Figure',
    exact: 'exact',
    approximate: 'approximate',
    within: (km: string) => `approximate, within ${km} km`,
    heldWhat: (label: string) => label || 'Held by government forces',
    held: (route: string, from: string, to: string, km: string) => `${route}, ${from} to ${to}: about ${km} km of road`,
    remainingWhat: 'Still to take',
    remaining: (km: string) => `about ${km} km`,
    encircledWhat: 'Turkish observation posts encircled',
    encircled: (count: string, posts: string) => `${count}: ${posts}`,
    vehicles: (count: string) => `${count} vehicles`,
    kinds: {
      capital: 'capital',
      city: 'city',
      town: 'town',
      village: 'village',
      crossing: 'border crossing',
      airbase: 'airbase',
      base: 'military base',
      'observation-post': 'Turkish observation post',
      area: 'area'
    } as Record<Place['kind'], string>
  },
  ar: {
    placesCaption: 'الأماكن الظاهرة على الخريطة',
    figuresCaption: 'الأرقام والتواريخ في كل مرحلة',
    place: 'المكان',
    kind: 'النوع',
    position: 'الموقع',
    source: 'المصدر',
    step: 'المرحلة',
    shows: 'ما يعرضه الرسم',
    figure: 'الرقم',
    exact: 'دقيق',
    approximate: 'تقريبي',
    within: (km: string) => `تقريبي، في حدود ${km} كم`,
    heldWhat: (label: string) => label || 'تحت سيطرة القوات الحكومية',
    held: (route: string, from: string, to: string, km: string) =>
      `${route}، من ${from} إلى ${to}: نحو ${km} كم من الطريق`,
    remainingWhat: 'ما بقي',
    remaining: (km: string) => `نحو ${km} كم`,
    encircledWhat: 'نقاط مراقبة تركية محاصرة',
    encircled: (count: string, posts: string) => `${count}: ${posts}`,
    vehicles: (count: string) => `${count} آلية`,
    kinds: {
      capital: 'عاصمة',
      city: 'مدينة',
      town: 'بلدة',
      village: 'قرية',
      crossing: 'معبر حدودي',
      airbase: 'قاعدة جوية',
      base: 'قاعدة عسكرية',
      'observation-post': 'نقطة مراقبة تركية',
      area: 'منطقة'
    } as Record<Place['kind'], string>
  }
};

export type DataStrings = (typeof STRINGS)['en'];

export function dataStrings(lang: string): DataStrings {
  const base = lang.toLowerCase().split('-')[0] as keyof typeof STRINGS;
  return STRINGS[base] ?? STRINGS.en;
}
