import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseInsensitivePattern, storyJsonSchema, storyJsonSchemaText } from '../../../src/schema/toJsonSchema.js';
import { SAFE_URL } from '../../../src/schema/storySchema.js';

const committedText = readFileSync(new URL('../../../stories/story.schema.json', import.meta.url), 'utf8');
const committed = JSON.parse(committedText);
const validStory = JSON.parse(readFileSync(new URL('../../fixtures/stories/valid.json', import.meta.url), 'utf8'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = any;

/**
 * A deliberately small JSON Schema checker: the keywords the generated schema uses, enough
 * to show that an editor would accept a valid story and flag a broken one. Returns the
 * JSON pointers of the values that fail.
 */
function check(schema: Schema, value: unknown, root: Schema = schema, at = ''): string[] {
  if (schema === true) return [];
  if (schema.$ref) return check(root.$defs[schema.$ref.replace('#/$defs/', '')], value, root, at);
  const errors: string[] = [];
  const fail = () => errors.push(at || '/');
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  if (schema.type) {
    const types = [schema.type].flat();
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [at || '/'];
  }
  if ('const' in schema && value !== schema.const) fail();
  if (schema.enum && !schema.enum.includes(value)) fail();
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail();
    if (schema.minLength !== undefined && value.length < schema.minLength) fail();
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail();
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail();
    if (schema.maximum !== undefined && value > schema.maximum) fail();
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail();
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail();
    value.forEach((item, i) => {
      const itemSchema = Array.isArray(schema.items) ? (schema.items[i] ?? true) : (schema.items ?? true);
      errors.push(...check(itemSchema, item, root, `${at}/${i}`));
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${at}/${key}`);
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) errors.push(...check(propertySchema, item, root, `${at}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}/${key}`);
    }
  }
  const passes = (s: Schema) => check(s, value, root, at).length === 0;
  if (schema.anyOf && !schema.anyOf.some(passes)) fail();
  if (schema.oneOf && schema.oneOf.filter(passes).length !== 1) fail();
  if (schema.not && passes(schema.not)) fail();
  return errors;
}

describe('stories/story.schema.json', () => {
  it('is what the valibot schema generates now', () => {
    // A failure here means the story schema changed: run `npm run schema` and commit the file.
    expect(committedText, 'stories/story.schema.json is stale: run `npm run schema`').toBe(storyJsonSchemaText());
  });

  it('is pretty-printed with a final newline', () => {
    expect(committedText).toBe(JSON.stringify(committed, null, 2) + '\n');
  });

  it('names itself and allows "$schema" at the top of a story', () => {
    expect(committed.$id).toMatch(/story\.schema\.json$/);
    expect(committed.title).toBe('scrollstage story');
    expect(committed.properties.$schema.type).toBe('string');
    expect(committed.additionalProperties).toBe(false);
  });

  it('requires the same top-level fields as the valibot schema', () => {
    expect([...committed.required].sort()).toEqual(['date', 'id', 'lang', 'sources', 'steps', 'title', 'version']);
  });

  it('keeps the field descriptions editors show on hover', () => {
    expect(committed.$defs.Step.properties.graphic.description).toMatch(/Omitted: same as the previous step/);
    expect(committed.$defs.View.properties.zoom.description).toMatch(/doubles the scale/);
  });

  it('accepts the valid fixture story', () => {
    expect(check(committed, validStory)).toEqual([]);
  });

  it.each<[string, (story: Schema) => void, string]>([
    ['a step text that is a number', (s) => (s.steps[2].text = 12), '/steps/2/text'],
    ['an unknown field', (s) => (s.steps[0].padding = 1), '/steps/0/padding'],
    // The graphic is a oneOf (map or chart), so a problem inside it fails the graphic as a whole.
    ['an unknown field in a graphic', (s) => (s.steps[0].graphic.view.paddin = 1), '/steps/0/graphic'],
    ['a missing required field', (s) => delete s.places[0].lon, '/places/0/lon'],
    ['a place kind that is not a word', (s) => (s.places[0].kind = 'Big City'), '/places/0/kind'],
    ['an id with capitals', (s) => (s.sources[0].id = 'AFP'), '/sources/0/id'],
    ['an unknown graphic type', (s) => (s.steps[3].graphic.type = 'radar-chart'), '/steps/3/graphic'],
    ['a view with both fit and zoom', (s) => (s.steps[0].graphic.view.zoom = 4), '/steps/0/graphic']
  ])('flags %s', (_name, edit, pointer) => {
    const story = structuredClone(validStory);
    edit(story);
    expect(check(committed, story)).toContain(pointer);
  });

  it('checks inside a graphic: the map branch alone flags the view', () => {
    const story = structuredClone(validStory);
    story.steps[0].graphic.view.zoom = 4;
    expect(check(committed.$defs.Map, story.steps[0].graphic, committed)).toEqual(['/view']);
  });
});

describe('caseInsensitivePattern', () => {
  it.each([
    ['^(https?:|mailto:)', '^([hH][tT][tT][pP][sS]?:|[mM][aA][iI][lL][tT][oO]:)'],
    ['[a-z0-9]+', '[a-zA-Z0-9]+'],
    ['[x\\s]', '[xX\\s]'],
    ['\\d\\w', '\\d\\w']
  ])('%s → %s', (source, expected) => {
    expect(caseInsensitivePattern(source)).toBe(expected);
  });

  it('matches what the flagged RegExp matches', () => {
    const pattern = new RegExp(caseInsensitivePattern(SAFE_URL.source));
    for (const url of ['https://a.org', 'HTTPS://A.ORG', 'MailTo:x@y.z', 'javascript:x', 'ftp://a']) {
      expect(pattern.test(url), url).toBe(SAFE_URL.test(url));
    }
  });

  it('is applied to the published schema', () => {
    expect(storyJsonSchema().$defs?.Source).toMatchObject({
      properties: { url: { pattern: expect.stringContaining('[hH][tT][tT][pP]') } }
    });
  });
});
