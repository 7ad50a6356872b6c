/**
 * The second validation pass: every id a story mentions must exist, ids must be unique
 * (and listed once in each list), and links in step text and method paragraphs must be
 * safe. The story's common parts are checked here; each graphic's own fields by its
 * definition's `check`. Runs on a story whose shape is already valid.
 */
import type { StoryInput } from './storySchema.js';
import type { CheckTools } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { unsafeLinks } from '../story/parseMarkup.js';
import { problem, type Segments, type StoryProblem } from './storyProblem.js';
import { ownFields } from '../story/resolveSteps.js';
import { CORE_STRINGS } from '../text/locales.js';
import { themeColors } from '../core/theme.js';
import { nearest } from './nearest.js';

export function checkReferences(story: StoryInput, registry: GraphicRegistry): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const report = (at: Segments, message: string) => problems.push(problem(at, message));
  const index = <T extends { id: string }>(list: readonly T[], at: string) => {
    const map = new Map<string, T>();
    list.forEach((item, i) => {
      if (map.has(item.id)) report([at, i, 'id'], `"${item.id}" is used twice in ${at}`);
      else map.set(item.id, item);
    });
    return map;
  };
  const sources = index(story.sources, 'sources');
  const places = index(story.places, 'places');
  const routes = index(story.routes, 'routes');
  index(story.steps, 'steps');

  const lists = { source: sources, place: places, route: routes };
  const expect = (kind: 'source' | 'place' | 'route', id: unknown, at: Segments) => {
    if (typeof id === 'string' && !lists[kind].has(id)) report(at, `"${id}" is not a ${kind} id in "${kind}s"`);
  };
  // Each thing is drawn (and keyed) once: a list naming it twice is a slip, and would break rendering.
  const once = (list: unknown, at: Segments) => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((id, i) => {
      if (seen.has(id)) report([...at, i], `"${String(id)}" is listed twice`);
      seen.add(id);
    });
  };

  const links = (text: string, at: Segments) => {
    for (const href of unsafeLinks(text)) {
      report(at, `links must be https:, http: or mailto: (got ${JSON.stringify(href.slice(0, 40))})`);
    }
  };
  story.method?.forEach((paragraph, i) => links(paragraph, ['method', i]));
  story.places.forEach((p, i) => expect('source', p.source, ['places', i, 'source']));
  story.routes.forEach((r, i) => expect('source', r.source, ['routes', i, 'source']));

  checkStrings(story, registry, report);
  checkColors(story, report);

  story.steps.forEach((step, s) => {
    step.sources.forEach((id, i) => expect('source', id, ['steps', s, 'sources', i]));
    once(step.sources, ['steps', s, 'sources']);
    links(step.text, ['steps', s, 'text']);
    const g = step.graphic;
    const model = g && registry.get(g.type);
    if (!g || !model?.check) return;
    const at: Segments = ['steps', s, 'graphic'];
    const tools: CheckTools = { sources, places, routes, at, problem: report, expect, once };
    // Older field names are checked where the story wrote them.
    const aliasOf = Object.fromEntries(Object.entries(model.fieldAliases ?? {}).map(([old, current]) => [current, old]));
    const given = ownFields(g, model, at, []);
    model.check(given, {
      ...tools,
      problem: (path, message) => report(renamed(path, at, aliasOf, g), message),
      expect: (kind, id, path) => expect(kind, id, renamed(path, at, aliasOf, g)),
      once: (list, path) => once(list, renamed(path, at, aliasOf, g))
    });
  });
  return problems;
}

/** A path under the current name of a field, moved to the older name when that is what the story wrote. */
function renamed(path: Segments, at: Segments, aliasOf: Record<string, string>, written: object): Segments {
  const field = path[at.length];
  if (typeof field !== 'string') return path;
  const old = aliasOf[field];
  if (!old || !Object.hasOwn(written, old)) return path;
  return [...path.slice(0, at.length), old, ...path.slice(at.length + 1)];
}

/** Every key of `strings` must be a word the explainer writes: a core one, or a graphic type's `TYPE.KEY`. */
function checkStrings(story: StoryInput, registry: GraphicRegistry, report: (at: Segments, message: string) => void): void {
  const given = Object.keys(story.strings ?? {});
  if (!given.length) return;
  const known = new Set(Object.keys(CORE_STRINGS.en));
  for (const model of registry.models) for (const key of Object.keys(model.strings?.en ?? {})) known.add(`${model.type}.${key}`);
  for (const key of given) {
    if (known.has(key)) continue;
    const guess = nearest(key, known);
    report(['strings', key], `is not a text the explainer writes${guess ? ` (did you mean "${guess}"?)` : ''}; the README lists every key`);
  }
}

const HEX = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/;

/** Every `color` anywhere in the story is a hex colour or a name the theme (or the explainer) defines. */
function checkColors(story: StoryInput, report: (at: Segments, message: string) => void): void {
  const names = new Set(Object.keys(themeColors(story)));
  const walk = (value: unknown, at: Segments) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'color' && typeof item === 'string' && !HEX.test(item) && !names.has(item)) {
          const guess = nearest(item, names);
          report([...at, key], `"${item}" is not a colour of the theme${guess ? ` (did you mean "${guess}"?)` : ''}: name one in theme.colors, or give a hex colour like "#c0392b"`);
        } else if (key !== 'theme') walk(item, [...at, key]);
      }
    }
  };
  walk(story, []);
}
