/**
 * The second validation pass: every id a story mentions must exist, ids must be unique
 * (and listed once in each list), and links in step text and method paragraphs must be
 * safe. Runs on a story whose shape is already valid.
 */
import type { StoryInput } from './storySchema.js';
import { unsafeLinks } from '../story/parseMarkup.js';
import { problem, type StoryProblem } from './storyProblem.js';

type Segments = (string | number)[];

export function checkReferences(story: StoryInput): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const ids = (list: readonly { id: string }[], at: string) => {
    const set = new Set<string>();
    list.forEach((item, i) => {
      if (set.has(item.id)) problems.push(problem([at, i, 'id'], `"${item.id}" is used twice in ${at}`));
      set.add(item.id);
    });
    return set;
  };
  const sources = ids(story.sources, 'sources');
  const places = ids(story.places, 'places');
  const routes = ids(story.routes, 'routes');
  ids(story.steps, 'steps');
  const posts = new Set(story.places.filter((p) => p.kind === 'observation-post').map((p) => p.id));

  const expect = (set: Set<string>, what: string, listName: string) => (id: string, at: Segments) => {
    if (!set.has(id)) problems.push(problem(at, `"${id}" is not a ${what} id in "${listName}"`));
  };
  const source = expect(sources, 'source', 'sources');
  const place = expect(places, 'place', 'places');
  const route = expect(routes, 'route', 'routes');
  const placeOrRoute = (id: string, at: Segments) => {
    if (!places.has(id) && !routes.has(id)) problems.push(problem(at, `"${id}" is neither a place nor a route id`));
  };
  const stop = (value: string | { km: number } | undefined, at: Segments) => {
    if (typeof value === 'string') place(value, at);
  };

  const links = (text: string, at: Segments) => {
    for (const href of unsafeLinks(text)) {
      problems.push(problem(at, `links must be https:, http: or mailto: (got ${JSON.stringify(href.slice(0, 40))})`));
    }
  };
  story.method?.forEach((paragraph, i) => links(paragraph, ['method', i]));

  story.places.forEach((p, i) => source(p.source, ['places', i, 'source']));
  story.routes.forEach((r, i) => source(r.source, ['routes', i, 'source']));

  // Each thing is drawn (and keyed) once: a list naming it twice is a slip, and would break rendering.
  const once = (list: readonly string[] | null | undefined, at: (i: number) => Segments) => {
    const seen = new Set<string>();
    list?.forEach((id, i) => {
      if (seen.has(id)) problems.push(problem(at(i), `"${id}" is listed twice`));
      seen.add(id);
    });
  };

  story.steps.forEach((step, s) => {
    const at = (...rest: Segments): Segments => ['steps', s, ...rest];
    step.sources.forEach((id, i) => source(id, at('sources', i)));
    once(step.sources, (i) => at('sources', i));
    links(step.text, at('text'));
    const g = step.graphic;
    if (!g) return;
    if (g.type === 'corridor-map') {
      g.view?.fit?.forEach((id, i) => placeOrRoute(id, at('graphic', 'view', 'fit', i)));
      g.routes?.forEach((id, i) => route(id, at('graphic', 'routes', i)));
      g.places?.forEach((id, i) => place(id, at('graphic', 'places', i)));
      g.highlight?.forEach((id, i) => place(id, at('graphic', 'highlight', i)));
      g.encircled?.forEach((id, i) => {
        if (!posts.has(id)) problems.push(problem(at('graphic', 'encircled', i), `"${id}" is not an observation-post place id`));
      });
      if (g.held) {
        route(g.held.route, at('graphic', 'held', 'route'));
        stop(g.held.from, at('graphic', 'held', 'from'));
        stop(g.held.to, at('graphic', 'held', 'to'));
        if (g.held.source) source(g.held.source, at('graphic', 'held', 'source'));
      }
      if (g.remaining) source(g.remaining.source, at('graphic', 'remaining', 'source'));
      g.convoys?.forEach((c, i) => {
        source(c.source, at('graphic', 'convoys', i, 'source'));
        c.path.forEach((id, j) => place(id, at('graphic', 'convoys', i, 'path', j)));
      });
      g.annotations?.forEach((a, i) => place(a.place, at('graphic', 'annotations', i, 'place')));
      for (const key of ['routes', 'places', 'highlight', 'encircled', 'regions'] as const) {
        once(g[key], (i) => at('graphic', key, i));
      }
      once(g.view?.fit, (i) => at('graphic', 'view', 'fit', i));
      once(g.convoys?.map((c) => c.id), (i) => at('graphic', 'convoys', i, 'id'));
      once(g.annotations?.map((a) => a.place), (i) => at('graphic', 'annotations', i, 'place'));
    } else {
      g.groups?.forEach((group, i) => source(group.source, at('graphic', 'groups', i, 'source')));
      once(g.groups?.map((group) => group.id), (i) => at('graphic', 'groups', i, 'id'));
    }
  });
  return problems;
}
