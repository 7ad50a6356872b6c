import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromArchieml } from '../../../src/authoring/fromArchieml.js';
import { formatImportProblem } from '../../../src/authoring/importProblem.js';
import { parseStory, type Story } from '../../../src/schema/parseStory.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const readme = await readFile(`${repo}README.md`, 'utf8');

/** Imports a document named `story.aml`, with in-memory files beside it. */
async function importDoc(document: string, files: Record<string, string> = {}) {
  const result = await fromArchieml(document, {
    file: 'story.aml',
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    }
  });
  return { ...result, lines: result.problems.map(formatImportProblem), noteLines: result.notes.map(formatImportProblem) };
}

/** A small valid story, to break one thing at a time. Line numbers are given beside. */
const STORY = [
  'version: 1', // 1
  'id: test', // 2
  'lang: en', // 3
  'title: A test', // 4
  'date: 2020-02-09', // 5
  '[sources]', // 6
  'id: afp', // 7
  'name: AFP', // 8
  '[]', // 9
  '[steps]', // 10
  'id: one', // 11
  'text: First.', // 12
  'sources: afp', // 13
  'graphic: {"type": "unit-chart", "unit": {"value": 1, "label": "1 person"},', // 14
  '  "groups": [{"id": "a", "label": "A", "value": 3, "source": "afp"}]}', // 15
  ':end', // 16
  '', // 17
  'id: two', // 18
  'text: Second.', // 19
  'sources: afp', // 20
  '[]' // 21
].join('\n');

const edit = (line: number, text: string) => STORY.split('\n').map((l, i) => (i === line - 1 ? text : l)).join('\n');

describe('fromArchieml', () => {
  it('imports a valid story', async () => {
    const { story, lines } = await importDoc(STORY);
    expect(lines).toEqual([]);
    const parsed = parseStory(story);
    expect(parsed.steps.map((s) => s.id)).toEqual(['one', 'two']);
    expect(parsed.steps[1]!.state).toMatchObject({ type: 'unit-chart', groups: [{ id: 'a', value: 3 }] });
  });

  it('imports the README example into the README story, with its dek, kicker, second paragraph and method', async () => {
    const document = readme.match(/```archieml\n([\s\S]*?)```/)?.[1];
    const json = readme.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(document).toBeTruthy();
    const { story, lines, noteLines } = await importDoc(document!);
    expect(lines).toEqual([]);
    expect(noteLines).toEqual([]);
    const { $schema: _, ...expected } = JSON.parse(json!) as Record<string, unknown> & { steps: Record<string, unknown>[] };
    expected.steps[0] = { ...expected.steps[0], kicker: '28 September 2022', text: `${expected.steps[0]!.text}\n\nIt was a category 4 hurricane.` };
    const { dir: __, ...withoutDir } = expected;
    expect(story).toEqual({
      ...withoutDir,
      dek: 'Where the storm came ashore in Florida, and where it left the coast two days later.',
      method: ['The track is a line through the best-track positions, every six hours.', 'Positions are given to a tenth of a degree.']
    });
    expect(parseStory(story).steps).toHaveLength(2);
  });

  it("prints the README's problem lines for its example with a comma left out and an unknown source", async () => {
    const document = readme.match(/```archieml\n([\s\S]*?)```/)![1]!;
    const shown = readme.match(/left out and a source `afp`[^]*?```\n([\s\S]*?)```/)![1]!.trim().split('\n');
    const broken = document.replace('"routes": ["track"],', '"routes": ["track"]').replace(/(id: carolina\n[^]*?sources: nhc)/, '$1, afp');
    const { lines } = await importDoc(broken);
    expect([...lines, `story.aml: ${lines.length} problems; nothing written`]).toEqual(shown);
  });

  it('names the line of a wrong value in a step', async () => {
    const { lines, story } = await importDoc(
      edit(20, 'sources: afp\ngraphic.type: unit-chart\ngraphic.unit.value: many\ngraphic.unit.label: 1 person')
    );
    expect(story).toBeNull();
    expect(lines).toEqual(['story.aml:22:21  steps[1].graphic.unit.value  expected a number, got a string ("many")']);
  });

  it('names the line and column of an unknown source id', async () => {
    const { lines } = await importDoc(edit(20, 'sources: afp, sohr'));
    expect(lines).toEqual(['story.aml:20:15  steps[1].sources[1]  "sohr" is not a source id in "sources"']);
  });

  it('names the line of bad JSON in a graphic', async () => {
    const { lines } = await importDoc(edit(15, '  "groups": [{"id": "a", "label": "A", "value": 3, "source": "afp"}}'));
    // Only the JSON: that the first step then has no graphic follows from it.
    expect(lines).toEqual(['story.aml:15:68  steps[0].graphic  invalid JSON: expected "," or "]" after this item, got "}"']);
  });

  it('names the line of the item that lacks a required field', async () => {
    const { lines } = await importDoc(edit(19, ''));
    expect(lines).toEqual(['story.aml:18:1  steps[1].text  is required']);
  });

  it('points an empty required value at its key line', async () => {
    const { lines } = await importDoc(edit(19, 'text:'));
    expect(lines).toEqual(['story.aml:19:6  steps[1].text  is required']);
  });

  it('points an unknown key at its key, with a suggestion or a word on text lines that look like keys', async () => {
    const typo = await importDoc(edit(12, 'txt: First.'));
    expect(typo.lines).toEqual([
      'story.aml:11:1  steps[0].text  is required',
      'story.aml:12:1  steps[0].txt  is not a known field (did you mean "text"?); if this line is text, begin it with a backslash'
    ]);
    const prose = await importDoc(edit(19, 'text: Second.\nCorrection: the figure changed on Monday.\n:end'));
    expect(prose.lines).toEqual(['story.aml:20:1  steps[1].Correction  is not a known field (if this line is text, begin it with a backslash)']);
    const escaped = await importDoc(edit(19, 'text: Second.\n\\Correction: the figure changed on Monday.\n:end'));
    expect(escaped.lines).toEqual([]);
    expect((escaped.story!.steps as { text: string }[])[1]!.text).toBe('Second.\nCorrection: the figure changed on Monday.');
  });

  it('reads a key in another case as the field (Google Docs capitalises lines)', async () => {
    const { story, lines } = await importDoc(edit(4, 'Title: A test'));
    expect(lines).toEqual([]);
    expect(story?.title).toBe('A test');
  });

  it('notes text dropped after a one-line value, and still writes the story', async () => {
    const { story, noteLines } = await importDoc(edit(19, 'text: Second.\nA second paragraph without :end.'));
    expect(story).not.toBeNull();
    expect(noteLines).toEqual(['story.aml:20:1  steps[1].text  note: this line was left out: a value of several lines ends with a line ":end"']);
  });

  it('reads places from a JSON file beside the document and points its problems into that file', async () => {
    const places = '[\n  {"id": "x", "name": "X", "kind": "city", "lon": 200, "lat": 1, "precision": "exact", "source": "afp"}\n]\n';
    const { lines } = await importDoc(edit(5, 'date: 2020-02-09\nplaces: places.json'), { 'places.json': places });
    expect(lines).toEqual(['places.json:2:51  places[0].lon  must be at most 180 (got 200)']);
  });

  it('takes step graphics from a graphics file by step id', async () => {
    const graphics = '{\n  "two": {"type": "unit-chart", "title": "Two"}\n}\n';
    const { story, lines } = await importDoc(`${STORY}\ngraphics: graphics.json\n`, { 'graphics.json': graphics });
    expect(lines).toEqual([]);
    expect((story!.steps as Record<string, unknown>[])[1]!.graphic).toEqual({ type: 'unit-chart', title: 'Two' });
    expect(story).not.toHaveProperty('graphics');
  });

  it('points problems in a graphics file into it: a wrong value, an unknown step, a graphic given twice', async () => {
    const graphics = '{\n  "two": {"type": "unit-chart", "title": 2},\n  "three": {"type": "unit-chart"},\n  "one": {"type": "unit-chart"}\n}\n';
    const { lines } = await importDoc(`${STORY}\ngraphics: graphics.json\n`, { 'graphics.json': graphics });
    expect(lines).toEqual([
      'graphics.json:2:42  steps[1].graphic.title  expected a string, got a number (2)',
      'graphics.json:3:3  graphics.three  no step has the id "three" (the steps are "one", "two")',
      'graphics.json:4:3  steps[0].graphic  is given twice: here and in the step (story.aml:14): keep one'
    ]);
  });

  it('points invalid JSON in a graphics file at its line there', async () => {
    const { lines } = await importDoc(`${STORY}\ngraphics: graphics.json\n`, { 'graphics.json': '{\n  "two": {"type": "unit-chart",}\n}\n' });
    expect(lines).toEqual(['graphics.json:2:31  graphics  invalid JSON: trailing comma before "}": remove it']);
  });

  it('says a graphics file cannot be read', async () => {
    const { lines, story } = await importDoc(`${STORY}\ngraphics: nope.json\n`);
    expect(story).toBeNull();
    expect(lines).toEqual(['story.aml:22:11  graphics  cannot read nope.json (no such file)']);
  });

  it('names the line ArchieML itself cannot read', async () => {
    const { lines } = await importDoc(`${STORY}\n{title.x}\n`);
    expect(lines).toEqual(['story.aml:22:2  (story)  "title" holds text (line 4), so this block cannot go inside it: rename one of them']);
  });

  it('lists every problem in line order', async () => {
    const broken = edit(20, 'sources: AFP').replace('date: 2020-02-09', 'date: 9 Feb 2020');
    const { lines } = await importDoc(broken);
    expect(lines).toEqual([
      'story.aml:5:7  date  must be a date written YYYY-MM-DD (got "9 Feb 2020")',
      'story.aml:20:10  steps[1].sources[0]  must be lower-case letters, digits and dashes (like "paris" or "stage-3") (got "AFP")'
    ]);
  });
});

describe('stories/archieml/idlib-m5-brief.aml', () => {
  const file = 'stories/archieml/idlib-m5-brief.aml';
  const load = async () => {
    const result = await fromArchieml(await readFile(`${repo}${file}`, 'utf8'), { file, readFile: (path) => readFile(`${repo}${path}`, 'utf8') });
    const flagship = parseStory(JSON.parse(await readFile(`${repo}stories/idlib-m5.json`, 'utf8')));
    return { ...result, flagship };
  };

  it('imports into a valid story, with no notes', async () => {
    const { story, problems, notes } = await load();
    expect(problems.map(formatImportProblem)).toEqual([]);
    expect(notes.map(formatImportProblem)).toEqual([]);
    expect(parseStory(story).steps.map((s) => s.id)).toEqual(['title', 'saraqeb', 'build-up', 'displaced']);
  });

  it("shows what the flagship shows at the same steps, with the flagship's words", async () => {
    const { story, flagship } = await load();
    const brief: Story = parseStory(story);
    const words = (text: string) => text.replace(/\s+/g, ' ');
    for (const step of brief.steps) {
      const original = flagship.steps.find((s) => s.id === step.id)!;
      expect(step.state).toEqual(original.state);
      expect(words(step.text)).toBe(original.text);
      expect(step.kicker).toBe(original.kicker);
      expect(step.sources).toEqual(original.sources);
      expect(step.alt).toBe(original.alt);
    }
    // Two steps' texts are split into paragraphs, as a reporter would write them.
    expect(brief.steps.filter((s) => s.text.includes('\n\n'))).toHaveLength(2);
  });

  it("carries the flagship's own sources, places, routes and method paragraphs", async () => {
    const { story, flagship } = await load();
    const brief = parseStory(story);
    for (const list of ['sources', 'places', 'routes'] as const) {
      for (const item of brief[list]) expect(item).toEqual(flagship[list].find((x) => x.id === item.id));
    }
    for (const paragraph of brief.method ?? []) expect(flagship.method).toContain(paragraph);
    expect(brief.title).toBe(flagship.title);
  });
});
