/**
 * A short text alternative for a step's graphic, generated from its resolved state: what
 * is held, which posts are encircled, how many vehicles and people are shown. It is what a
 * screen reader announces on a step change; a step's own `alt` text replaces it.
 */
import type { Story } from '../schema/parseStory.js';
import type { CorridorMapState, UnitChartState } from './resolveSteps.js';

/** The sentences the text alternative is built from, per story language; English otherwise. */
const WORDS = {
  en: {
    mapOf: (routes: string) => `Map showing the ${routes}.`,
    map: 'Map.',
    held: 'Held by government forces',
    heldSpan: (label: string, route: string, from: string, to: string) => `${label}: the ${route} from ${from} to ${to}.`,
    routeStart: 'its start',
    route: 'route',
    remaining: (km: string) => `${km} km still to take.`,
    encircled: (n: string, posts: string) => `${n} Turkish observation posts encircled: ${posts}.`,
    convoy: (label: string, n: string) => `${label}: ${n} vehicle marks.`,
    places: (list: string) => `Places marked: ${list}.`,
    chart: 'Chart.',
    group: (label: string, value: string, marks: string, unit: string) => `${label}: ${value} (${marks} marks, each ${unit}).`,
    km: (km: number) => `km ${km}`
  },
  ar: {
    mapOf: (routes: string) => `خريطة تُظهر ${routes}.`,
    map: 'خريطة.',
    held: 'تحت سيطرة القوات الحكومية',
    heldSpan: (label: string, route: string, from: string, to: string) => `${label}: ${route} من ${from} إلى ${to}.`,
    routeStart: 'بدايته',
    route: 'الطريق',
    remaining: (km: string) => `بقي نحو ${km} كم للسيطرة عليها.`,
    encircled: (n: string, posts: string) => `نقاط مراقبة تركية محاصرة (${n}): ${posts}.`,
    convoy: (label: string, n: string) => `${label}: ${n} علامة لآليات.`,
    places: (list: string) => `الأماكن المحددة: ${list}.`,
    chart: 'رسم بياني.',
    group: (label: string, value: string, marks: string, unit: string) => `${label}: ${value} (${marks} علامة، كل منها ${unit}).`,
    km: (km: number) => `الكيلومتر ${km}`
  }
};

type Words = (typeof WORDS)['en'];

function wordsFor(lang: string): Words {
  return WORDS[lang.toLowerCase().split('-')[0] as keyof typeof WORDS] ?? WORDS.en;
}

function names(story: Story, ids: readonly string[]): string[] {
  return ids.map((id) => story.places.find((p) => p.id === id)?.name ?? id);
}

function list(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function stopName(story: Story, stop: string | { km: number } | undefined, fallback: string, w: Words): string {
  if (stop === undefined) return fallback;
  return typeof stop === 'string' ? (names(story, [stop])[0] ?? stop) : w.km(stop.km);
}

function describeMap(story: Story, state: CorridorMapState): string {
  const w = wordsFor(story.lang);
  const nf = new Intl.NumberFormat(story.lang);
  const parts: string[] = [];
  const routeNames = state.routes.map((id) => story.routes.find((r) => r.id === id)?.name ?? id);
  parts.push(routeNames.length ? w.mapOf(list(routeNames, story.lang)) : w.map);
  if (state.held) {
    const route = story.routes.find((r) => r.id === state.held!.route);
    const from = stopName(story, state.held.from, w.routeStart, w);
    const to = stopName(story, state.held.to, '', w);
    parts.push(w.heldSpan(state.held.label || w.held, route?.name ?? w.route, from, to));
  }
  if (state.remaining) parts.push(state.remaining.label || w.remaining(nf.format(state.remaining.km)));
  if (state.encircled.length) {
    const posts = names(story, state.encircled);
    parts.push(w.encircled(nf.format(posts.length), list(posts, story.lang)));
  }
  for (const convoy of state.convoys) parts.push(w.convoy(convoy.label, nf.format(convoy.count)));
  for (const note of state.annotations) parts.push(`${note.text}.`);
  const shown = names(
    story,
    state.places.filter((id) => !state.encircled.includes(id))
  );
  if (shown.length) parts.push(w.places(list(shown, story.lang)));
  return parts.join(' ');
}

function describeChart(story: Story, state: UnitChartState): string {
  const w = wordsFor(story.lang);
  const nf = new Intl.NumberFormat(story.lang);
  const parts = [state.title ? `${state.title}.` : w.chart];
  for (const group of state.groups) {
    const unit = group.unit ?? state.unit;
    const marks = Math.round(group.value / unit.value);
    parts.push(w.group(group.label, group.display || nf.format(group.value), nf.format(marks), unit.label));
    if (group.highlight) parts.push(`${nf.format(group.highlight.value)} ${group.highlight.label}.`);
  }
  return parts.join(' ');
}

export function describeState(story: Story, index: number): string {
  const step = story.steps[index];
  if (!step) return '';
  if (step.alt) return step.alt;
  return step.state.type === 'corridor-map' ? describeMap(story, step.state) : describeChart(story, step.state);
}
