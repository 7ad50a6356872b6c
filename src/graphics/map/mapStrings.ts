/** The words the map itself writes (legend, country names, credit, a figure with its source), per story language; English otherwise. */
const STRINGS = {
  en: {
    held: 'Held by government forces',
    front: 'Front on the highway',
    remaining: 'Still to take (approximate)',
    remainingLabel: (km: string) => `≈${km} km left`,
    sourced: (text: string, source: string) => `${text} (${source})`,
    road: 'Highway (line approximate)',
    post: 'Turkish observation post',
    encircled: 'Post encircled',
    approximate: 'Approximate position',
    credit: 'Boundaries: Natural Earth; OCHA COD-AB, CC BY 3.0 IGO',
    scale: (km: string) => `${km} km`,
    map: 'Map',
    /** Governorates by basemap id, in the article's spelling (OCHA writes "Idleb"). */
    regions: { idleb: 'Idlib', aleppo: 'Aleppo' } as Record<string, string>,
    countries: {
      Syria: 'Syria',
      Turkey: 'Turkey',
      Lebanon: 'Lebanon',
      Iraq: 'Iraq',
      Jordan: 'Jordan',
      Israel: 'Israel'
    } as Record<string, string>
  },
  ar: {
    held: 'تحت سيطرة القوات الحكومية',
    front: 'خط الجبهة على الطريق',
    remaining: 'ما بقي (تقريبي)',
    remainingLabel: (km: string) => `نحو ${km} كم متبقية`,
    sourced: (text: string, source: string) => `${text} (${source})`,
    road: 'الطريق السريع (مسار تقريبي)',
    post: 'نقطة مراقبة تركية',
    encircled: 'نقطة محاصرة',
    approximate: 'موقع تقريبي',
    credit: 'الحدود: Natural Earth؛ OCHA COD-AB، CC BY 3.0 IGO',
    scale: (km: string) => `${km} كم`,
    map: 'خريطة',
    regions: { idleb: 'إدلب', aleppo: 'حلب' } as Record<string, string>,
    countries: {
      Syria: 'سوريا',
      Turkey: 'تركيا',
      Lebanon: 'لبنان',
      Iraq: 'العراق',
      Jordan: 'الأردن',
      Israel: 'إسرائيل'
    } as Record<string, string>
  }
};

export type MapStrings = (typeof STRINGS)['en'];

export function mapStrings(lang: string): MapStrings {
  const base = lang.toLowerCase().split('-')[0] as keyof typeof STRINGS;
  return STRINGS[base] ?? STRINGS.en;
}
