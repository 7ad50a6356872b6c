/**
 * The reading rules, against a schema of fields the story format does not have today
 * (`theme`, `strings`, a `bar-chart` graphic): the importer reads whatever the schema says.
 */
import { describe, expect, it } from 'vitest';
import { archieLines } from '../../../src/authoring/archieLines.js';
import { coerceToSchema, fieldName, type CoerceContext } from '../../../src/authoring/coerceToSchema.js';
import { formatImportProblem } from '../../../src/authoring/importProblem.js';
import type { JsonSchema } from '../../../src/authoring/schemaNode.js';
import { locate } from '../../../src/authoring/sourceLocations.js';

const ID = { type: 'string', pattern: '^[a-z0-9-]+$' };
const SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    version: { const: 2 },
    id: ID,
    title: { type: 'string' },
    asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    theme: {
      type: 'object',
      properties: { font: { type: 'string' }, colors: { type: 'object', additionalProperties: { type: 'string', pattern: '^#' } } }
    },
    strings: { type: 'object', additionalProperties: { type: 'string' } },
    method: { type: 'array', items: { type: 'string', maxLength: 4000 } },
    places: { type: 'array', items: { $ref: '#/$defs/Place' } },
    steps: { type: 'array', items: { $ref: '#/$defs/Step' } }
  },
  additionalProperties: false,
  $defs: {
    Place: {
      type: 'object',
      properties: { id: ID, lon: { type: 'number' }, lat: { type: 'number' }, rank: { type: 'integer' } },
      additionalProperties: false
    },
    Step: {
      type: 'object',
      properties: {
        id: ID,
        text: { type: 'string' },
        sources: { type: 'array', items: ID },
        graphic: { oneOf: [{ $ref: '#/$defs/Map' }, { $ref: '#/$defs/BarChart' }] }
      }
    },
    Map: {
      type: 'object',
      properties: {
        type: { const: 'map' },
        view: { type: 'object', properties: { center: { type: 'array', items: [{ type: 'number' }, { type: 'number' }] }, zoom: { type: 'number' } } },
        routes: { anyOf: [{ type: 'array', items: ID }, { type: 'null' }] },
        scrub: { type: 'boolean' },
        regions: { type: 'array', items: { enum: ['north', 'south'] } }
      },
      required: ['type']
    },
    BarChart: {
      type: 'object',
      properties: {
        type: { const: 'bar-chart' },
        bars: { type: 'array', items: { type: 'object', properties: { id: ID, value: { type: 'number' } } } },
        highlight: { type: 'array', items: ID }
      },
      required: ['type']
    }
  }
};

/** Reads a document with the schema above; files by name. */
function read(document: string, files: Record<string, string> = {}) {
  const { data, root } = archieLines(document);
  const ctx: CoerceContext = {
    root: SCHEMA,
    file: 'doc.aml',
    problems: [],
    notes: [],
    unread: [],
    jsonFile: (name) => (name in files ? { file: `dir/${name}`, text: files[name]! } : { file: `dir/${name}`, error: 'no such file' })
  };
  const { value, loc } = coerceToSchema(data, root, SCHEMA, [], ctx);
  const where = (...path: (string | number)[]) => {
    const p = locate(loc, path);
    return `${p.file}:${p.line}:${p.column}`;
  };
  return {
    value: value as Record<string, unknown>,
    where,
    problems: ctx.problems.map(formatImportProblem),
    notes: ctx.notes.map(formatImportProblem)
  };
}

describe('coerceToSchema', () => {
  it('reads a number, a boolean, a constant and null where the schema has them', () => {
    const { value, problems } = read(
      'version: 2\n[places]\nid: a\nlon: 36.7\nlat: -3e-1\nrank: 2\n[]\n[steps]\nid: s\ngraphic.type: map\ngraphic.scrub: True\ngraphic.routes: null\n[]\n'
    );
    expect(problems).toEqual([]);
    expect(value.version).toBe(2);
    expect(value.places).toEqual([{ id: 'a', lon: 36.7, lat: -0.3, rank: 2 }]);
    expect(value.steps).toEqual([{ id: 's', graphic: { type: 'map', routes: null, scrub: true } }]);
  });

  it('leaves text that is not what the schema expects as text, for the validator to name', () => {
    const { value } = read('[places]\nid: a\nlon: east\n[]\n[steps]\nid: s\ngraphic.type: map\ngraphic.scrub: maybe\n[]\n');
    expect((value.places as unknown[])[0]).toEqual({ id: 'a', lon: 'east' });
    expect((value.steps as { graphic: unknown }[])[0]!.graphic).toEqual({ type: 'map', scrub: 'maybe' });
  });

  it('keeps text where the schema expects text, even when it looks like a number or a list', () => {
    const { value } = read('title: 2020, a year\nid: 2020\n');
    expect(value).toEqual({ id: '2020', title: '2020, a year' });
  });

  it('splits lists of ids and of a set of names at commas and line ends, each item placed', () => {
    const { value, where } = read('[steps]\nid: s\nsources: afp,  sohr ,\nreuters\ngraphic.type: map\ngraphic.regions: north, south\n[]\n');
    const step = (value.steps as Record<string, unknown>[])[0]!;
    expect(step.sources).toEqual(['afp', 'sohr']);
    expect(step.graphic).toEqual({ type: 'map', regions: ['north', 'south'] });
    expect(where('steps', 0, 'sources', 0)).toBe('doc.aml:3:10');
    expect(where('steps', 0, 'graphic', 'regions', 1)).toBe('doc.aml:6:25');
    // On a one-line value the next line is dropped by ArchieML; with :end it is part of the list.
    const multi = read('[steps]\nid: s\nsources: afp,  sohr ,\nreuters\n:end\n[]\n');
    expect((multi.value.steps as Record<string, unknown>[])[0]!.sources).toEqual(['afp', 'sohr', 'reuters']);
    expect(multi.where('steps', 0, 'sources', 1)).toBe('doc.aml:3:16');
    expect(multi.where('steps', 0, 'sources', 2)).toBe('doc.aml:4:1');
  });

  it('splits a list of free text at blank lines: paragraphs, commas kept', () => {
    const { value, where } = read('method: Roads are lines, not surveys.\nStill the first paragraph.\n\n  Second, with a comma.\n:end\n');
    expect(value.method).toEqual(['Roads are lines, not surveys.\nStill the first paragraph.', 'Second, with a comma.']);
    expect(where('method', 1)).toBe('doc.aml:4:3');
  });

  it('reads numbers in a tuple: a centre written as "lon, lat"', () => {
    const { value } = read('[steps]\nid: s\ngraphic.type: map\ngraphic.view.center: 36.6, 35.9\ngraphic.view.zoom: 8\n[]\n');
    expect((value.steps as Record<string, unknown>[])[0]!.graphic).toEqual({ type: 'map', view: { center: [36.6, 35.9], zoom: 8 } });
  });

  it('takes ArchieML lists as lists, each item read by the item schema', () => {
    const { value } = read('[method]\n* One.\n*\n* Two, three.\n[]\n[places]\nid: a\nlon: 1\n\nid: b\nlat: 2\n[]\n');
    expect(value.method).toEqual(['One.', 'Two, three.']);
    expect(value.places).toEqual([{ id: 'a', lon: 1 }, { id: 'b', lat: 2 }]);
  });

  it('reads JSON where an object or a list is expected, and places its parts on their lines', () => {
    const doc = '[steps]\nid: s\ngraphic: {"type": "bar-chart",\n  "bars": [{"id": "a", "value": 3},\n    {"id": "b", "value": 4}]}\n:end\n[]\n';
    const { value, where, problems } = read(doc);
    expect(problems).toEqual([]);
    expect((value.steps as Record<string, unknown>[])[0]!.graphic).toEqual({
      type: 'bar-chart',
      bars: [{ id: 'a', value: 3 }, { id: 'b', value: 4 }]
    });
    expect(where('steps', 0, 'graphic')).toBe('doc.aml:3:10');
    expect(where('steps', 0, 'graphic', 'type')).toBe('doc.aml:3:19');
    expect(where('steps', 0, 'graphic', 'bars', 1, 'value')).toBe('doc.aml:5:26');
  });

  it('reports invalid JSON at its line in the document', () => {
    const { problems } = read('[steps]\nid: s\ngraphic: {"type": "map",\n  "routes": ["m5"]\n  "scrub": true}\n:end\n[]\n');
    expect(problems).toEqual(['doc.aml:4:19  steps[0].graphic  invalid JSON: missing "," after this property']);
  });

  it('says that JSON over several lines needs :end when a one-line value is cut short', () => {
    const { problems } = read('[steps]\nid: s\ngraphic: {"type": "map",\n  "scrub": true}\n[]\n');
    expect(problems).toEqual([
      'doc.aml:3:25  steps[0].graphic  invalid JSON: unexpected end of the value: the "{" on line 3, column 10, is never closed (JSON over several lines ends with a line ":end")'
    ]);
  });

  it('reads curly quotes that Google Docs types in JSON as straight ones', () => {
    const { value, problems } = read('[steps]\nid: s\ngraphic: {\u201Ctype\u201D: \u201Cmap\u201D, \u201Cscrub\u201D: true}\n[]\n');
    expect(problems).toEqual([]);
    expect((value.steps as Record<string, unknown>[])[0]!.graphic).toEqual({ type: 'map', scrub: true });
  });

  it('reports keys given twice inside JSON', () => {
    const { problems } = read('theme: {"font": "a", "font": "b"}\n');
    expect(problems).toEqual(['doc.aml:1:22  theme.font  is given twice in this object (first on line 1); only the last one counts: remove one']);
  });

  it('asks for JSON, a file or fields where an object is written as a word', () => {
    const { problems } = read('[steps]\nid: s\ngraphic: map\n[]\n');
    expect(problems).toEqual([
      'doc.aml:3:10  steps[0].graphic  expected an object: write it as JSON ({ ... }), name a .json file beside the document, or give its fields as graphic.FIELD: lines'
    ]);
  });

  it('reads a JSON file the document names, or the part a pointer names, placing values in that file', () => {
    const files = { 'data.json': '{\n  "places": [\n    {"id": "a", "lon": "1"}\n  ],\n  "theme": {"font": "Serif"}\n}\n' };
    const { value, where, problems } = read('places: data.json#/places\ntheme: data.json#/theme\n', files);
    expect(problems).toEqual([]);
    expect(value.places).toEqual([{ id: 'a', lon: '1' }]); // JSON is taken as written: "1" stays text
    expect(value.theme).toEqual({ font: 'Serif' });
    expect(where('places', 0, 'lon')).toBe('dir/data.json:3:24');
    expect(where('theme')).toBe('dir/data.json:5:12');
  });

  it('reports a file that cannot be read, is not JSON, or lacks the pointed part', () => {
    const files = { 'bad.json': '{\n  "a": 1,\n}\n', 'ok.json': '{"x": []}' };
    const { problems } = read('places: missing.json\nsteps: bad.json\ntheme: ok.json#/y\n', files);
    expect(problems).toEqual([
      'doc.aml:1:9  places  cannot read dir/missing.json (no such file)',
      'dir/bad.json:2:9  steps  invalid JSON: trailing comma before "}": remove it',
      'doc.aml:3:8  theme  dir/ok.json has nothing at #/y'
    ]);
  });

  it('does not take a URL for a file', () => {
    const { problems } = read('theme: https://example.org/theme.json\n');
    expect(problems).toEqual([
      'doc.aml:1:8  theme  expected an object: write it as JSON ({ ... }), name a .json file beside the document, or give its fields as theme.FIELD: lines'
    ]);
  });

  it('does not read a file where the schema expects text', () => {
    const { value, problems } = read('title: notes.json\n');
    expect(problems).toEqual([]);
    expect(value.title).toBe('notes.json');
  });

  it('fills records (additionalProperties) from ArchieML blocks, keys as written', () => {
    const { value } = read('{strings}\nsource: Quelle\nviewData: Daten ansehen\n{}\n{theme.colors}\nGovernment: #c0392b\n{}\n');
    expect(value.strings).toEqual({ source: 'Quelle', viewData: 'Daten ansehen' });
    expect(value.theme).toEqual({ colors: { Government: '#c0392b' } });
  });

  it("matches keys to the schema's names ignoring case, - and _", () => {
    expect(fieldName({ properties: { asOf: {}, title: {} } }, 'AS_OF')).toBe('asOf');
    expect(fieldName({ properties: { asOf: {}, title: {} } }, 'as-of')).toBe('asOf');
    expect(fieldName({ properties: { asOf: {}, title: {} } }, 'Title')).toBe('title');
    expect(fieldName({ properties: { ab: {}, a_b: {} } }, 'AB')).toBe('AB');
    const { value } = read('Title: Hello\nAs-Of: 2020-02-09\n[Steps]\nID: s\nGraphic.Type: bar-chart\nGraphic.Highlight: a, b\n[]\n');
    expect(value).toEqual({ title: 'Hello', asOf: '2020-02-09', steps: [{ id: 's', graphic: { type: 'bar-chart', highlight: ['a', 'b'] } }] });
  });

  it('reports two keys that fill the same field, and a key ArchieML saw twice', () => {
    const { problems } = read('title: One\nTitle: Two\nid: a\nid: b\n');
    expect(problems).toEqual([
      'doc.aml:2:1  title  is the same field as "title" on line 1: keep one',
      'doc.aml:4:1  id  is given twice (first on line 3); only the last one counts: remove one'
    ]);
  });

  it('says how an array item starts when a key given twice probably began a new one', () => {
    const { problems } = read('[steps]\nid: a\ntext: one\n\ntext: two\nid: b\n[]\n');
    expect(problems).toEqual([
      'doc.aml:5:1  steps[0].text  is given twice (first on line 3); only the last one counts: remove one, or if a new item starts here, begin it with "id:" as the first item does'
    ]);
  });

  it('leaves out empty values, and keeps where they were written', () => {
    const { value, where } = read('title:\nid: x\n[steps]\nid: s\ntext:\n[]\n');
    expect(value).toEqual({ id: 'x', steps: [{ id: 's' }] });
    expect(where('steps', 0, 'text')).toBe('doc.aml:5:6');
  });

  it('writes fields in the schema order, unknown ones after', () => {
    const { value } = read('zzz: 1\nsteps: []\ntitle: T\nversion: 2\n');
    expect(Object.keys(value)).toEqual(['version', 'title', 'steps', 'zzz']);
  });

  it('keeps an unknown graphic type as written, for the validator to name', () => {
    const { value } = read('[steps]\nid: s\ngraphic.type: pie\ngraphic.scrub: true\n[]\n');
    expect((value.steps as Record<string, unknown>[])[0]!.graphic).toEqual({ type: 'pie', scrub: 'true' });
  });

  it('notes the lines ArchieML dropped after a one-line value', () => {
    const { notes } = read('[steps]\nid: s\ntext: First paragraph.\n\nSecond paragraph.\n[]\n');
    expect(notes).toEqual(['doc.aml:5:1  steps[0].text  note: this line was left out: a value of several lines ends with a line ":end"']);
  });
});
