/**
 * A short text alternative for a step's graphic, generated from its resolved state: what
 * is held, which posts are encircled, how many vehicles and people are shown. It is what a
 * screen reader announces on a step change; a step's own `alt` text replaces it.
 */
import type { Story } from '../schema/parseStory.js';
import type { CorridorMapState, UnitChartState } from './resolveSteps.js';

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

function stopName(story: Story, stop: string | { km: number } | undefined, fallback: string): string {
  if (stop === undefined) return fallback;
  return typeof stop === 'string' ? (names(story, [stop])[0] ?? stop) : `km ${stop.km}`;
}

function describeMap(story: Story, state: CorridorMapState): string {
  const nf = new Intl.NumberFormat(story.lang);
  const parts: string[] = [];
  const routeNames = state.routes.map((id) => story.routes.find((r) => r.id === id)?.name ?? id);
  parts.push(routeNames.length ? `Map showing the ${list(routeNames, story.lang)}.` : 'Map.');
  if (state.held) {
    const route = story.routes.find((r) => r.id === state.held!.route);
    const from = stopName(story, state.held.from, 'its start');
    const to = stopName(story, state.held.to, '');
    parts.push(`${state.held.label || 'Held by government forces'}: the ${route?.name ?? 'route'} from ${from} to ${to}.`);
  }
  if (state.remaining) {
    parts.push(state.remaining.label || `${nf.format(state.remaining.km)} km still to take.`);
  }
  if (state.encircled.length) {
    const posts = names(story, state.encircled);
    parts.push(`${nf.format(posts.length)} Turkish observation posts encircled: ${list(posts, story.lang)}.`);
  }
  for (const convoy of state.convoys) parts.push(`${convoy.label}: ${nf.format(convoy.count)} vehicle marks.`);
  for (const note of state.annotations) parts.push(`${note.text}.`);
  const shown = names(
    story,
    state.places.filter((id) => !state.encircled.includes(id))
  );
  if (shown.length) parts.push(`Places marked: ${list(shown, story.lang)}.`);
  return parts.join(' ');
}

function describeChart(story: Story, state: UnitChartState): string {
  const nf = new Intl.NumberFormat(story.lang);
  const parts = [state.title ? `${state.title}.` : 'Chart.'];
  for (const group of state.groups) {
    const unit = group.unit ?? state.unit;
    const marks = Math.round(group.value / unit.value);
    parts.push(
      `${group.label}: ${group.display || nf.format(group.value)} (${nf.format(marks)} marks, each ${unit.label}).`
    );
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
