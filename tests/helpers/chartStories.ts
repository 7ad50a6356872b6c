/** Small stories for unit-chart and convoy tests, built through `parseStory` like real ones. */
import { parseStory, type Story } from '../../src/schema/parseStory.js';

const SOURCES = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights' },
  { id: 'afp', name: 'AFP' },
  { id: 'synthetic', name: 'Synthetic test data' }
];

const PEOPLE = { value: 1000, label: '1,000 people' };

/** The human toll as the flagship tells it: displaced and Saraqeb, then the civilian deaths. */
export function tollStory(options: { lang?: string; dir?: 'ltr' | 'rtl' } = {}): Story {
  return parseStory({
    version: 1,
    id: 'toll',
    lang: options.lang ?? 'en',
    dir: options.dir ?? 'ltr',
    title: 'The human toll',
    date: '2020-02-09',
    sources: SOURCES,
    steps: [
      {
        id: 'displaced',
        text: 'More than 580,000 people have fled their homes since December.',
        sources: ['sohr'],
        graphic: {
          type: 'unit-chart',
          title: 'Driven from their homes',
          unit: PEOPLE,
          groups: [
            {
              id: 'displaced',
              label: 'Displaced in Idlib since December',
              value: 580000,
              display: 'more than 580,000',
              source: 'sohr'
            },
            {
              id: 'saraqeb',
              label: 'Saraqeb’s residents a few months ago, who fled',
              value: 110000,
              display: 'some 110,000',
              source: 'sohr'
            }
          ]
        }
      },
      {
        id: 'killed',
        text: 'More than 300 civilians have been killed in recent months.',
        sources: ['sohr'],
        graphic: {
          type: 'unit-chart',
          title: 'Civilians killed in the Idlib region in recent months',
          unit: { value: 1, label: '1 person' },
          groups: [
            { id: 'killed', label: 'Civilians killed', value: 300, display: 'more than 300', source: 'sohr' }
          ]
        }
      },
      {
        id: 'posts',
        text: 'Three of Turkey’s 12 observation posts were encircled.',
        sources: ['afp'],
        graphic: {
          type: 'unit-chart',
          title: 'Turkish observation posts in Idlib',
          unit: { value: 1, label: '1 observation post' },
          groups: [
            {
              id: 'posts',
              label: 'Observation posts',
              value: 12,
              highlight: { value: 3, label: 'encircled' },
              source: 'afp'
            }
          ]
        }
      }
    ]
  });
}

/** One group of `units` marks at one person per mark: large enough to need the canvas. */
export function syntheticStory(units: number, groups = 1): Story {
  const each = Math.floor(units / groups);
  return parseStory({
    version: 1,
    id: 'synthetic',
    lang: 'en',
    title: 'Synthetic',
    date: '2020-02-09',
    sources: SOURCES,
    steps: [
      {
        id: 'many',
        text: `${units} units.`,
        sources: ['synthetic'],
        graphic: {
          type: 'unit-chart',
          unit: { value: 1, label: '1 unit' },
          groups: Array.from({ length: groups }, (_, i) => ({
            id: `g${i}`,
            label: `Group ${i + 1}`,
            value: i === groups - 1 ? units - each * (groups - 1) : each,
            source: 'synthetic'
          }))
        }
      }
    ]
  });
}

/** Parties with long names, five-digit votes (one under a square), signed changes and colours: invented. */
const PARTIES = [
  { id: 'renewal', label: 'Alliance for Democratic Renewal and Civic Progress', he: 'הברית להתחדשות דמוקרטית ולקידמה אזרחית', value: 84312, display: '84,312 (+2,140)', color: 'party-a' },
  { id: 'workers', label: 'United Workers’ and Farmers’ List for Social Justice', he: 'רשימת הפועלים והחקלאים המאוחדת לצדק חברתי', value: 45207, color: '#2c7a7b' },
  { id: 'green', label: 'Green Future – Ecology, Climate and Animal Welfare', he: 'עתיד ירוק – אקולוגיה, אקלים ורווחת בעלי חיים', value: 23896, color: 'party-c' },
  { id: 'citizens', label: 'Citizens’ Movement for Transparent and Accountable Government', he: 'תנועת האזרחים למען ממשל שקוף ואחראי', value: 19544, display: '19,544 (−1,302)', color: '#7a4f9a' },
  { id: 'regions', label: 'Regional Federation of Independent Mountain Communities', he: 'הפדרציה האזורית של קהילות ההר העצמאיות', value: 17020, color: 'party-e' },
  { id: 'pensioners', label: 'Pensioners’ and Veterans’ Solidarity Party', he: 'מפלגת הגמלאים והוותיקים לסולידריות', value: 640, color: '#5c6b73' },
  { id: 'coast', label: 'Coastal Towns and Fishing Communities Alliance', he: 'ברית ערי החוף וקהילות הדייגים', value: 31408, display: '31,408 (+12)', color: '#c05621' },
  { id: 'students', label: 'Students’ and Young Professionals’ Independent List', he: 'רשימת הסטודנטים והצעירים העצמאית', value: 12960, color: '#805ad5' }
];

export interface PartiesOptions {
  /** Number of groups, 1 to 8. */
  groups: number;
  lang?: 'en' | 'he';
  /** One source for all, each its own, or two shared among them. */
  sources?: 'one' | 'each' | 'two';
  /** Without colours: every square the theme's `marks`. */
  plain?: boolean;
  /** Highlights for some groups, by id. */
  highlight?: Record<string, { value: number; label: string }>;
}

/** A unit chart of up to eight parties' votes at 1,000 votes a square (invented data). */
export function partiesStory(options: PartiesOptions): Story {
  const he = options.lang === 'he';
  const parties = PARTIES.slice(0, options.groups);
  const sourceOf = (i: number) => (options.sources === 'each' ? `s${i}` : options.sources === 'two' ? `s${i % 2}` : 's0');
  return parseStory({
    version: 2,
    id: 'parties',
    lang: he ? 'he' : 'en',
    dir: he ? 'rtl' : 'ltr',
    title: 'Parties',
    date: '2026-01-15',
    theme: { colors: { 'party-a': '#2b6cb0', 'party-c': '#2f855a', 'party-e': '#b7791f' } },
    sources: PARTIES.map((_, i) => ({ id: `s${i}`, name: `Example data ${String.fromCharCode(65 + i)} (invented)` })),
    steps: [
      {
        id: 'votes',
        text: 'Votes.',
        sources: ['s0'],
        graphic: {
          type: 'unit-chart',
          title: he ? 'נתוני דוגמה (בדויים): הקולות למפלגות האופוזיציה' : 'Example data (invented): votes for the opposition’s parties',
          unit: { value: 1000, label: he ? '1,000 קולות' : '1,000 votes' },
          groups: parties.map((p, i) => ({
            id: p.id,
            label: he ? p.he : p.label,
            value: p.value,
            ...(p.display ? { display: p.display } : {}),
            ...(options.plain ? {} : { color: p.color }),
            ...(options.highlight?.[p.id] ? { highlight: options.highlight[p.id] } : {}),
            source: sourceOf(i)
          }))
        }
      }
    ]
  });
}
