import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, StoryError, validateStory } from '../../../src/schema/parseStory.js';
import { LIMITS } from '../../../src/schema/limits.js';
import { parseMarkup } from '../../../src/story/parseMarkup.js';

const FIXTURE = new URL('../../fixtures/stories/valid.json', import.meta.url);
const source = readFileSync(FIXTURE, 'utf8');

/** A fresh copy of the valid fixture story, to break one thing in. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fixture = (): Json => JSON.parse(source);

/** The problems parseStory reports for the fixture after `edit`, as `path: message` lines. */
function problemsAfter(edit: (story: Json) => void): string[] {
  const story = fixture();
  edit(story);
  const result = validateStory(story);
  return result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseStory', () => {
  it('accepts the valid fixture and resolves every step', () => {
    const story = parseStory(fixture());
    expect(story.steps.map((s) => [s.index, s.state.type])).toEqual([
      [0, 'map'],
      [1, 'map'],
      [2, 'map'],
      [3, 'unit-chart']
    ]);
    expect(story.layout).toEqual({ graphic: 'end' });
    expect(story.dir).toBe('ltr');
  });

  it('reads version 1 field names, except the one for moving marks, which a version 1 story renames `movers`', () => {
    // The fixture is version 1 and uses `held` and `encircled`: read as `progress` and `ringed`.
    const story = parseStory(fixture());
    expect(story.steps.some((s) => s.state.type === 'map' && (s.state as { progress?: unknown }).progress)).toBe(true);
    const moving = { id: 'c', count: 3, label: 'Vehicles', source: 'afp', path: ['hama', 'saraqeb'] };
    expect(problemsAfter((s) => (s.steps[2].graphic.convoys = [moving]))).toEqual(['steps[2].graphic.convoys: is not a known field']);
    expect(problemsAfter((s) => (s.steps[2].graphic.movers = [moving]))).toEqual([]);
  });

  it('accepts the JSON text as well as the parsed value', () => {
    expect(parseStory(source).id).toBe('fixture-m5');
  });

  it('reports JSON text that does not parse as a problem, not a SyntaxError', () => {
    expect(() => parseStory('{"version": 1,')).toThrow(StoryError);
  });

  it.each<[string, (story: Json) => void, string]>([
    ['step text that is a number', (s) => (s.steps[2].text = 12), 'steps[2].text: expected a string, got a number (12)'],
    ['a missing required field', (s) => delete s.steps[1].text, 'steps[1].text: is required'],
    ['a missing required object', (s) => delete s.steps[2].graphic.held.route, 'steps[2].graphic.held.route: is required'],
    [
      'an unknown graphic type',
      (s) => (s.steps[3].graphic.type = 'radar-chart'),
      'steps[3].graphic.type: must be one of "map", "corridor-map", "unit-chart", "bar-chart", "line-chart", "image", "video" (got "radar-chart")'
    ],
    [
      'a zoom written as a string',
      (s) => (s.steps[0].graphic.view = { center: [36.7, 35.6], zoom: '4' }),
      'steps[0].graphic.view.zoom: expected a number, got a string ("4")'
    ],
    ['NaN (possible in a parsed value, not in JSON)', (s) => (s.places[0].lon = NaN), 'places[0].lon: expected a number, got NaN'],
    ['Infinity', (s) => (s.places[0].lat = Infinity), 'places[0].lat: expected a finite number, got Infinity'],
    ['a number out of range', (s) => (s.places[0].lat = 95), 'places[0].lat: must be at most 90 (got 95)'],
    [
      'an unknown field close to a known one',
      (s) => (s.steps[0].graphic.view = { fit: ['m5'], paddin: 20 }),
      'steps[0].graphic.view.paddin: is not a known field (did you mean "padding"?)'
    ],
    ['an unknown field unlike any', (s) => (s.steps[0].flavour = 'red'), 'steps[0].flavour: is not a known field'],
    ['a field near a known one elsewhere', (s) => (s.steps[0].colour = 'red'), 'steps[0].colour: is not a known field (did you mean "color"?)'],
    [
      'a field one level too high',
      (s) => (s.steps[3].highlight = ['saraqeb']),
      'steps[3].highlight: is not a known field here: "highlight" belongs in steps[3].graphic'
    ],
    [
      'a view that is neither fit nor center and zoom',
      (s) => (s.steps[0].graphic.view = { center: [36.7, 35.6] }),
      'steps[0].graphic.view: must be either { "fit": [ids], "padding"?: px } or { "center": [lon, lat], "zoom": n } (got an object)'
    ],
    [
      'an unknown source',
      (s) => (s.steps[1].sources = ['afp', 'reuters']),
      'steps[1].sources[1]: "reuters" is not a source id in "sources"'
    ],
    [
      'an unknown place',
      (s) => s.steps[0].graphic.places.push('idlib'),
      'steps[0].graphic.places[4]: "idlib" is not a place id in "places"'
    ],
    [
      'an unknown route',
      (s) => (s.steps[2].graphic.held.route = 'm4'),
      'steps[2].graphic.held.route: "m4" is not a route id in "routes"'
    ],
    [
      'ringing a place that does not exist (version 1 name)',
      (s) => (s.steps[2].graphic.encircled = ['nowhere']),
      'steps[2].graphic.encircled[0]: "nowhere" is not a place id in "places"'
    ],
    ['a duplicate id', (s) => (s.places[1].id = 'hama'), 'places[1].id: "hama" is used twice in places'],
    ['a duplicate step id', (s) => (s.steps[3].id = 'intro'), 'steps[3].id: "intro" is used twice in steps'],
    ['an id with capitals', (s) => (s.steps[0].id = 'Intro'), 'steps[0].id: must be lower-case letters, digits and dashes (like "paris" or "stage-3") (got "Intro")'],
    [
      'a javascript: link in step text',
      (s) => (s.steps[0].text = 'See [this](javascript:alert`1`).'),
      'steps[0].text: links must be https:, http: or mailto: (got "javascript:alert`1`")'
    ],
    [
      'a javascript: link with parentheses, named whole',
      (s) => (s.steps[0].text = 'See [this](javascript:alert(1)).'),
      'steps[0].text: links must be https:, http: or mailto: (got "javascript:alert(1)")'
    ],
    [
      'no graphic on the first step',
      (s) => delete s.steps[0].graphic,
      'steps[0].graphic: is required on the first step (later steps may omit it to keep the previous graphic)'
    ],
    [
      'too many steps',
      (s) => (s.steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({ ...s.steps[1], id: `s${i}` }))),
      `steps: may have at most ${LIMITS.steps} steps`
    ],
    ['no steps', (s) => (s.steps = []), 'steps: needs at least one step'],
    ['an unsupported format version', (s) => (s.version = 3), 'version: must be one of 1, 2 (got 3)'],
    ['a date that is not a calendar date', (s) => (s.date = '2020-13-45'), 'date: must be a real calendar date (got "2020-13-45")'],
    ['a step that is not an object', (s) => (s.steps[0] = 'intro'), 'steps[0]: expected an object, got a string ("intro")']
  ])('rejects %s', (_name, edit, expected) => {
    expect(problemsAfter(edit)).toContain(expected);
  });

  it.each([
    [null, '(story): expected an object, got null'],
    [7, '(story): expected an object, got a number (7)']
  ])('rejects %j as a story, naming the whole story', (value, expected) => {
    expect(validateStory(value).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([expected]);
  });

  it('rejects an array as a story by listing the fields a story needs', () => {
    // Valibot treats an array as an object without keys.
    expect(validateStory([]).problems.map((p) => `${p.path}: ${p.message}`)).toContain('steps: is required');
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((s) => {
      s.steps[2].text = 12;
      s.steps[3].graphic.type = 'radar-chart';
      s.steps[0].graphic.view = { fit: ['m5'], paddin: 20 };
      s.places[0].lat = 'north';
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['places[0].lat', 'steps[0].graphic.view.paddin', 'steps[2].text', 'steps[3].graphic.type'])
    );
    expect(problems).toHaveLength(4);
  });

  it('reports every reference problem at once', () => {
    const problems = problemsAfter((s) => {
      s.steps[1].sources = ['reuters'];
      s.places[1].id = 'hama';
      s.steps[2].graphic.held.route = 'm4';
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'places[1].id',
      // saraqeb's id is now hama, so the held stop names a place that no longer exists
      'steps[0].graphic.places[1]',
      'steps[1].sources[0]',
      'steps[2].graphic.held.route',
      'steps[2].graphic.held.to'
    ]);
  });

  it('accepts a link whose URL has parentheses, and the renderer shows it as the validator read it', () => {
    const story = fixture();
    story.steps[0].text = 'The [Mur](https://fr.wikipedia.org/wiki/Mur_(course_à_pied)) is steep.';
    const { problems, story: parsed } = validateStory(story);
    expect(problems).toEqual([]);
    expect(parseMarkup(parsed!.steps[0]!.text)).toEqual([
      { kind: 'text', text: 'The ' },
      { kind: 'link', text: 'Mur', href: 'https://fr.wikipedia.org/wiki/Mur_(course_à_pied)' },
      { kind: 'text', text: ' is steep.' }
    ]);
  });

  it('reports shape and reference problems together, in one run', () => {
    const problems = problemsAfter((s) => {
      s.steps[2].text = 12;
      s.steps[1].sources = ['reuters'];
    });
    expect(problems).toEqual(
      expect.arrayContaining(['steps[2].text: expected a string, got a number (12)', 'steps[1].sources[0]: "reuters" is not a source id in "sources"'])
    );
    expect(problems).toHaveLength(2);
  });

  it('checks the references of a step whose other parts are malformed, and step ids over the steps that have them', () => {
    const problems = problemsAfter((s) => {
      s.steps[0].graphic.view = { fit: ['m5'], paddin: 20 };
      s.steps[0].graphic.places = ['hama', 'idlib'];
      s.steps[1].id = 'intro';
      s.steps[1].text = 12;
      s.steps[2].id = 'Not An Id';
      s.steps[3].text = 'Fled. [AFP](javascript:history.back)';
      s.steps[3].graphic.groups[0].value = 'many';
      s.method = ['See [the list](ftp://example.org/list).', 7];
    });
    expect(problems.sort()).toEqual([
      'method[0]: links must be https:, http: or mailto: (got "ftp://example.org/list")',
      'method[1]: expected a string, got a number (7)',
      'steps[0].graphic.places[1]: "idlib" is not a place id in "places"',
      'steps[0].graphic.view.paddin: is not a known field (did you mean "padding"?)',
      'steps[1].id: "intro" is used twice in steps',
      'steps[1].text: expected a string, got a number (12)',
      'steps[2].id: must be lower-case letters, digits and dashes (like "paris" or "stage-3") (got "Not An Id")',
      'steps[3].graphic.groups[0].value: expected a number, got a string ("many")',
      'steps[3].text: links must be https:, http: or mailto: (got "javascript:history.back")'
    ]);
  });

  it('reports nothing twice: a reference to a malformed place, or inside a malformed field, is left to its shape problem', () => {
    const problems = problemsAfter((s) => {
      s.places[1].lat = 'north'; // saraqeb is still a place the steps may name
      s.places[2].id = 'Aleppo'; // a malformed id: any place id might be the one meant
      s.steps[2].graphic.held = { route: 'm4', to: 5 };
    });
    expect(problems.sort()).toEqual([
      'places[1].lat: expected a number, got a string ("north")',
      'places[2].id: must be lower-case letters, digits and dashes (like "paris" or "stage-3") (got "Aleppo")',
      'steps[2].graphic.held.to: must be a place id or { "km": distance from the route start }'
    ]);
  });

  it('resolves the steps before the first malformed graphic, and reports their rules as a well-formed story would', () => {
    const rules = (s: Json) => delete s.steps[0].graphic.view; // the first map must say what to show
    const alone = problemsAfter(rules);
    expect(alone).toContain('steps[0].graphic.view: is required: the first map step (or the first after another graphic) must say what to show');
    const problems = problemsAfter((s) => {
      rules(s);
      s.steps[0].text = 12;
    });
    expect(problems.sort()).toEqual([...alone, 'steps[0].text: expected a string, got a number (12)'].sort());
    // After a malformed graphic, what a step inherits is unknown: its rules wait for the next run.
    expect(problemsAfter((s) => (s.steps[0].graphic.type = 'radar-chart'))).toEqual([
      'steps[0].graphic.type: must be one of "map", "corridor-map", "unit-chart", "bar-chart", "line-chart", "image", "video" (got "radar-chart")'
    ]);
  });

  it('gives the warnings of the well-formed parts with the problems, when the parts warnings read are well-formed', () => {
    const broken = fixture();
    broken.places[3].lat = -35.4; // a slipped minus sign: far from every view that shows it
    broken.steps[3].text = 12;
    const result = validateStory(broken);
    expect(result.problems.map((p) => p.path)).toEqual(['steps[3].text']);
    expect(result.warnings.map((w) => w.path)).toEqual(['places[3]']);
    // With a malformed place, which places there are is not known: no warnings this run.
    broken.places[0].lon = 'east';
    expect(validateStory(broken).warnings).toEqual([]);
  });

  it.each([
    ['steps that are not objects', (s: Json) => (s.steps = [1, null, 'x', { graphic: 5 }, { id: 'a', graphic: { type: 'map', places: 'abc', view: 5, movers: [{ path: 3 }] } }])],
    ['lists that are not lists', (s: Json) => Object.assign(s, { places: 'x', routes: {}, sources: 3, method: 'm', strings: [], theme: 4 })],
    ['items without ids', (s: Json) => Object.assign(s, { places: [{}, null], sources: [{ id: 3 }], steps: [{ sources: 'afp', text: [] }] })],
    ['a graphic of an unknown type', (s: Json) => (s.steps[0].graphic = { type: 'radar', places: ['nowhere'] })]
  ])('does not crash on %s, and reports only shape problems there', (_, edit) => {
    const problems = problemsAfter(edit);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toMatch(/is not a (place|source|route) id/);
  });

  it('throws a StoryError whose problems carry path segments and whose message lists them', () => {
    const story = fixture();
    story.steps[2].text = 12;
    let error: unknown;
    try {
      parseStory(story);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoryError);
    const { problems, message } = error as StoryError;
    expect(problems).toEqual([
      { segments: ['steps', 2, 'text'], path: 'steps[2].text', message: 'expected a string, got a number (12)' }
    ]);
    expect(message).toBe('scrollstage: the story has 1 problem:\n  steps[2].text: expected a string, got a number (12)');
  });
});
