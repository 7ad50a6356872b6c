import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main.js';
import { validate } from '../../../src/cli/validate.js';
import { storyJsonSchemaText } from '../../../src/schema/toJsonSchema.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'tests/fixtures/stories';

/** An io that records output and reads real files, or the in-memory ones given. */
function testIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: repo,
    readFile: async (path: string) => {
      const name = path.slice(repo.length);
      return name in files ? files[name]! : readFile(path, 'utf8');
    }
  };
  const lines = (chunks: string[]) => chunks.join('').split('\n').filter(Boolean);
  return { io, stdout: () => lines(out), stderr: () => err.join('') };
}

describe('scrollstage validate', () => {
  it('prints ok with the step count and exits 0 for a valid story', async () => {
    const { io, stdout, stderr } = testIo();
    expect(await validate([`${FIXTURES}/valid.json`], io)).toBe(0);
    expect(stdout()).toEqual([`${FIXTURES}/valid.json: ok (4 steps)`]);
    expect(stderr()).toBe('');
  });

  it('names the JSON path and its line:column for a step text that is a number, and exits 1', async () => {
    const { io, stdout } = testIo();
    expect(await validate([`${FIXTURES}/step-text-number.json`], io)).toBe(1);
    // Line 46 is `      "text": 12,`: the value starts at column 15.
    expect(stdout()).toEqual([`${FIXTURES}/step-text-number.json:46:15  steps[2].text  expected a string, got a number (12)`]);
  });

  it('gives invalid JSON its own line and column, where the comma is missing', async () => {
    const { io, stdout } = testIo();
    expect(await validate([`${FIXTURES}/missing-comma.json`], io)).toBe(1);
    // Line 6 is `  "title": "A small test story"` (31 characters); the comma belongs after it.
    expect(stdout()).toEqual([`${FIXTURES}/missing-comma.json:6:32  invalid JSON: missing "," after this property`]);
  });

  it('lists every problem in file order; an unknown field points at its key', async () => {
    const { io, stdout } = testIo();
    expect(await validate([`${FIXTURES}/several-problems.json`], io)).toBe(1);
    expect(stdout()).toEqual([
      `${FIXTURES}/several-problems.json:34:34  steps[0].graphic.view.paddin  is not a known field (did you mean "padding"?)`,
      `${FIXTURES}/several-problems.json:42:19  steps[1].sources[0]  "reuters" is not a source id in "sources"`,
      `${FIXTURES}/several-problems.json:60:17  steps[3].graphic.type  must be one of "map", "corridor-map", "unit-chart", "bar-chart", "line-chart", "image", "video" (got "radar-chart")`
    ]);
  });

  it('reports shape and reference problems of one file in one run', async () => {
    const { io, stdout } = testIo();
    const file = `${FIXTURES}/shape-and-references.json`;
    expect(await validate([file], io)).toBe(1);
    expect(stdout()).toEqual([
      `${file}:14:83  places[1].lat  expected a number, got a string ("north")`,
      `${file}:33:34  steps[0].graphic.view.paddin  is not a known field (did you mean "padding"?)`,
      `${file}:35:39  steps[0].graphic.places[2]  "idlib" is not a place id in "places"`,
      `${file}:39:13  steps[1].id  "intro" is used twice in steps`,
      `${file}:40:15  steps[1].text  expected a string, got a number (12)`,
      `${file}:41:19  steps[1].sources[0]  "reuters" is not a source id in "sources"`,
      `${file}:45:15  steps[2].text  links must be https:, http: or mailto: (got "javascript:history.back")`
    ]);
  });

  it('says a file cannot be read, and exits 1', async () => {
    const { io, stdout } = testIo();
    expect(await validate(['stories/nope.json'], io)).toBe(1);
    expect(stdout()).toEqual(['stories/nope.json: cannot read (ENOENT: no such file)']);
  });

  it('says a directory is not a file', async () => {
    const { io, stdout } = testIo();
    expect(await validate([FIXTURES], io)).toBe(1);
    expect(stdout()).toEqual([`${FIXTURES}: cannot read (EISDIR: is a directory)`]);
  });

  it('checks every file given and exits 1 if any fails', async () => {
    const { io, stdout } = testIo();
    const files = ['valid.json', 'step-text-number.json', 'missing.json', 'valid.json'].map((f) => `${FIXTURES}/${f}`);
    expect(await validate(files, io)).toBe(1);
    expect(stdout()).toEqual([
      `${FIXTURES}/valid.json: ok (4 steps)`,
      `${FIXTURES}/step-text-number.json:46:15  steps[2].text  expected a string, got a number (12)`,
      `${FIXTURES}/missing.json: cannot read (ENOENT: no such file)`,
      `${FIXTURES}/valid.json: ok (4 steps)`
    ]);
  });

  it('resolves file names against the working directory and prints them as given', async () => {
    const { io, stdout } = testIo();
    expect(await validate(['valid.json'], { ...io, cwd: `${repo}${FIXTURES}` })).toBe(0);
    expect(stdout()).toEqual(['valid.json: ok (4 steps)']);
  });

  it('reads a file that starts with a byte-order mark, with columns as editors count them', async () => {
    const source = await readFile(`${repo}${FIXTURES}/step-text-number.json`, 'utf8');
    const { io, stdout } = testIo({ 'bom.json': '\uFEFF' + source.replace('"version": 1', '"version": "1"') });
    expect(await validate(['bom.json'], io)).toBe(1);
    expect(stdout()).toEqual([
      'bom.json:3:14  version  must be one of 1, 2 (got "1")',
      'bom.json:46:15  steps[2].text  expected a string, got a number (12)'
    ]);
  });

  it('flags a key given twice, which JSON.parse would silently drop', async () => {
    const source = await readFile(`${repo}${FIXTURES}/valid.json`, 'utf8');
    const twice = source.replace('"id": "same",', '"id": "same",\n      "text": "An earlier draft.",');
    const { io, stdout } = testIo({ 'twice.json': twice });
    expect(await validate(['twice.json'], io)).toBe(1);
    expect(stdout()).toEqual([
      'twice.json:42:7  steps[1].text  is given twice in this object (first on line 41); only the last one counts: remove one'
    ]);
  });

  it('passes a story with a warning (exit 0) and prints the warning, located, after its ok line', async () => {
    const source = await readFile(`${repo}${FIXTURES}/he-election.json`, 'utf8');
    const { io, stdout } = testIo({ 'pt.json': source.replace('"lang": "he"', '"lang": "pt"') });
    expect(await validate(['pt.json'], io)).toBe(0);
    const [ok, warning, ...rest] = stdout();
    expect(ok).toBe('pt.json: ok (3 steps, 1 warning)');
    expect(warning).toMatch(/^pt\.json:4:11  lang  warning: "pt" has no built-in words for the explainer/);
    expect(rest).toEqual([]);
  });

  it('prints the warnings of a broken story\'s well-formed parts among its problems, in file order, and exits 1', async () => {
    const source = await readFile(`${repo}${FIXTURES}/he-election.json`, 'utf8');
    const story = JSON.parse(source.replace('"lang": "he"', '"lang": "pt"'));
    story.steps[1].text = 5;
    const { io, stdout } = testIo({ 'pt-broken.json': JSON.stringify(story, null, 2) });
    expect(await validate(['pt-broken.json'], io)).toBe(1);
    expect(stdout()).toEqual([
      expect.stringMatching(/^pt-broken\.json:4:11  lang  warning: "pt" has no built-in words for the explainer/),
      expect.stringMatching(/^pt-broken\.json:\d+:15  steps\[1\]\.text  expected a string, got a number \(5\)$/)
    ]);
  });

  it('reads the story\'s basemap, relative to the story, and warns of a place a map draws outside it', async () => {
    const story = JSON.parse(await readFile(`${repo}${FIXTURES}/valid.json`, 'utf8'));
    story.basemap = '../../../stories/idlib-m5.basemap.json';
    story.places[2].lon = 57.16117; // Aleppo 20° east
    const { io, stdout } = testIo({ [`${FIXTURES}/far.json`]: JSON.stringify(story, null, 2) });
    expect(await validate([`${FIXTURES}/far.json`], io)).toBe(0);
    const [ok, ...warnings] = stdout();
    expect(ok).toBe(`${FIXTURES}/far.json: ok (4 steps, 2 warnings)`);
    expect(warnings).toEqual([
      expect.stringMatching(/^tests\/fixtures\/stories\/far\.json:\d+:5  places\[2\]  warning: is 5\d km outside the story's basemap \(its box: 20\.5, 21, 56\.5, 47\.5\), where steps\[0\] draws it on blank paper/),
      expect.stringMatching(/^tests\/fixtures\/stories\/far\.json:\d+:5  places\[2\]  warning: is 1,\d{3} km outside the view of every map step that shows it/)
    ]);
  });

  it('warns when the story\'s basemap cannot be read, and still passes', async () => {
    const story = JSON.parse(await readFile(`${repo}${FIXTURES}/valid.json`, 'utf8'));
    story.basemap = 'nowhere.basemap.json';
    const { io, stdout } = testIo({ 'nobase.json': JSON.stringify(story, null, 2) });
    expect(await validate(['nobase.json'], io)).toBe(0);
    expect(stdout()).toEqual([
      'nobase.json: ok (4 steps, 1 warning)',
      'nobase.json:158:14  basemap  warning: cannot be read (ENOENT: no such file): every map draws on it (`scrollstage basemap` writes one)'
    ]);
  });

  it('checks a story with graphic types of its own, given as models in --graphics modules', async () => {
    const story = JSON.stringify({
      version: 2, id: 't', lang: 'en', title: 'T', date: '2026-01-01', sources: [{ id: 's', name: 'S' }],
      steps: [
        { id: 'a', text: 'A', sources: ['s'], graphic: { type: 'tally', count: 3, label: 'goals' } },
        { id: 'b', text: 'B', sources: ['s'], graphic: { type: 'tally', count: 'x' } }
      ]
    });
    const without = testIo({ 'tally.json': story });
    expect(await validate(['tally.json'], without.io)).toBe(1);
    expect(without.stdout()[0]).toContain('must be one of "map"');
    const { io, stdout } = testIo({ 'tally.json': story });
    expect(await validate(['--graphics', 'tests/fixtures/graphics/tallyModels.mjs', 'tally.json'], io)).toBe(1);
    expect(stdout()).toEqual(['tally.json:1:272  steps[1].graphic.count  expected a number, got a string ("x")']);
  });

  it('says what is wrong with a --graphics module, exit 2', async () => {
    const missing = testIo();
    expect(await validate(['--graphics', 'no-such.mjs', `${FIXTURES}/valid.json`], missing.io)).toBe(2);
    expect(missing.stderr()).toMatch(/^scrollstage validate: --graphics no-such\.mjs: cannot load it/);
    const empty = testIo();
    expect(await validate(['--graphics'], empty.io)).toBe(2);
    expect(empty.stderr()).toContain('--graphics needs a module file');
  });

  it('reports a syntax error on a CRLF file at the right line', async () => {
    const { io, stdout } = testIo({ 'crlf.json': '{\r\n  "version": 1,\r\n  "id": x\r\n}\r\n' });
    expect(await validate(['crlf.json'], io)).toBe(1);
    expect(stdout()).toEqual(['crlf.json:3:9  invalid JSON: unexpected word x: text values must be in double quotes']);
  });

  it('skips the JSON Schema that a stories/*.json glob also matches', async () => {
    const { io, stdout } = testIo();
    expect(await validate(['stories/story.schema.json', `${FIXTURES}/valid.json`], io)).toBe(0);
    expect(stdout()).toEqual([
      'stories/story.schema.json: skipped (a JSON Schema, not a story)',
      `${FIXTURES}/valid.json: ok (4 steps)`
    ]);
  });

  it('skips a TopoJSON basemap kept beside the stories, as the same glob matches it', async () => {
    const { io, stdout } = testIo();
    expect(await validate(['stories/hurricane-ian.basemap.json', 'stories/hurricane-ian.json'], io)).toBe(0);
    expect(stdout()).toEqual(['stories/hurricane-ian.basemap.json: skipped (a TopoJSON basemap, not a story)', 'stories/hurricane-ian.json: ok (13 steps)']);
  });

  it('prints usage on stderr and exits 2 without files', async () => {
    const { io, stdout, stderr } = testIo();
    expect(await validate([], io)).toBe(2);
    expect(stdout()).toEqual([]);
    expect(stderr()).toMatch(/^scrollstage validate: no files given\n\nUsage: scrollstage validate \[--graphics MODULE\.js\]\.\.\. FILE\.\.\./);
  });

  it('rejects an unknown option with exit 2', async () => {
    const { io, stderr } = testIo();
    expect(await validate(['--fix', 'a.json'], io)).toBe(2);
    expect(stderr()).toMatch(/^scrollstage validate: unknown option --fix/);
  });
});

describe('scrollstage (dispatcher)', () => {
  it('runs a command by name', async () => {
    const { io, stdout } = testIo();
    expect(await main(['validate', `${FIXTURES}/valid.json`], io)).toBe(0);
    expect(stdout()).toEqual([`${FIXTURES}/valid.json: ok (4 steps)`]);
  });

  it('prints usage on stdout for --help and exits 0', async () => {
    const { io, stdout } = testIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(stdout()[0]).toBe('Usage:');
    expect(stdout().join('\n')).toMatch(/scrollstage validate FILE\.\.\.\s+check story files/);
    expect(stdout().join('\n')).toMatch(/scrollstage schema\s+print the JSON Schema/);
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    const { io, stderr } = testIo();
    expect(await main([], io)).toBe(2);
    expect(stderr()).toMatch(/^Usage:/);
  });

  it('suggests a command for a near miss', async () => {
    const { io, stderr } = testIo();
    expect(await main(['valdate', 'x.json'], io)).toBe(2);
    expect(stderr()).toMatch(/^scrollstage: unknown command "valdate" \(did you mean "validate"\?\)/);
  });

  it('does not treat inherited object names as commands', async () => {
    const { io } = testIo();
    expect(await main(['constructor'], io)).toBe(2);
  });

  it('turns an unexpected error into one line and exit 2, never a stack trace', async () => {
    const { io, stdout, stderr } = testIo();
    const broken = { ...io, readFile: async () => 42 as unknown as string };
    expect(await main(['validate', 'x.json'], broken)).toBe(2);
    expect(stdout()).toEqual([]);
    expect(stderr()).toMatch(/^scrollstage validate: internal error: .+ \(please report it\)\n$/);
  });

  it('prints the JSON Schema for `schema`', async () => {
    const { io, stdout } = testIo();
    expect(await main(['schema'], io)).toBe(0);
    expect(stdout().join('\n') + '\n').toBe(storyJsonSchemaText());
  });
});

describe('bin/scrollstage.js', () => {
  it('runs for real: validates a file through the source, with exit codes', async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['bin/scrollstage.js', ...args], { cwd: repo, timeout: 20_000 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error
      );
    const [ok, broken] = await Promise.all([
      run('validate', `${FIXTURES}/valid.json`),
      run('validate', `${FIXTURES}/step-text-number.json`)
    ]);
    expect(ok).toMatchObject({ code: 0, stdout: `${FIXTURES}/valid.json: ok (4 steps)\n`, stderr: '' });
    expect(broken).toMatchObject({
      code: 1,
      stdout: `${FIXTURES}/step-text-number.json:46:15  steps[2].text  expected a string, got a number (12)\n`,
      stderr: ''
    });
  }, 30_000);
});
