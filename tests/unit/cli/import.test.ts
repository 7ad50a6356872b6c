import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli/main.js';
import { importStory } from '../../../src/cli/import.js';
import { parseStory } from '../../../src/schema/parseStory.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const BRIEF = 'stories/archieml/idlib-m5-brief.aml';

/** An io over the real file system, from `cwd`. */
function testIo(cwd = repo) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd,
    readFile: (path: string) => readFile(path, 'utf8')
  };
  const lines = (chunks: string[]) => chunks.join('').split('\n').filter(Boolean);
  return { io, stdout: () => lines(out), stderr: () => err.join('') };
}

const SMALL = `version: 1
id: small
lang: en
title: Small
date: 2020-02-09
[sources]
id: afp
name: AFP
[]
[steps]
id: one
text: One.
sources: afp
graphic: {"type": "unit-chart", "unit": {"value": 1, "label": "1 person"},
  "groups": [{"id": "a", "label": "A", "value": 3, "source": "afp"}]}
:end
[]
`;

describe('scrollstage import', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrollstage-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the brief story, valid, and says what it wrote', async () => {
    const out = join(dir, 'brief.json');
    const { io, stdout, stderr } = testIo();
    expect(await importStory([BRIEF, '--out', out], io)).toBe(0);
    expect(stdout()).toEqual([`wrote ${out} (4 steps) from ${BRIEF}`]);
    expect(stderr()).toBe('');
    const text = await readFile(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 2,\n');
    const json = JSON.parse(text);
    expect(json).not.toHaveProperty('$schema');
    expect(parseStory(json).steps).toHaveLength(4);
  });

  it('names the schema when story.schema.json sits in the output folder (and makes the folder)', async () => {
    const folder = join(dir, 'stories');
    await mkdir(folder);
    await copyFile(join(repo, 'stories/story.schema.json'), join(folder, 'story.schema.json'));
    const { io } = testIo();
    expect(await importStory([BRIEF, `--out=${join(folder, 'brief.json')}`], io)).toBe(0);
    expect(Object.keys(JSON.parse(await readFile(join(folder, 'brief.json'), 'utf8')))[0]).toBe('$schema');
    const { io: io2 } = testIo();
    expect(await importStory([BRIEF, '--out', join(dir, 'new/deeper/brief.json')], io2)).toBe(0);
    expect(existsSync(join(dir, 'new/deeper/brief.json'))).toBe(true);
  });

  it('prints every problem as FILE:LINE:COL  JSON.PATH  message, writes nothing and exits 1', async () => {
    await writeFile(join(dir, 'broken.aml'), SMALL.replace('sources: afp', 'sources: AFP').replace('date: 2020-02-09', 'date: 9 Feb 2020'));
    const { io, stdout } = testIo(dir);
    expect(await importStory(['broken.aml', '--out', 'broken.json'], io)).toBe(1);
    expect(stdout()).toEqual([
      'broken.aml:5:7  date  must be a date written YYYY-MM-DD (got "9 Feb 2020")',
      'broken.aml:13:10  steps[0].sources[0]  must be lower-case letters, digits and dashes (like "paris" or "stage-3") (got "AFP")',
      'broken.aml: 2 problems; nothing written'
    ]);
    expect(existsSync(join(dir, 'broken.json'))).toBe(false);
  });

  it('names the line of an unknown source id', async () => {
    await writeFile(join(dir, 'source.aml'), SMALL.replace('sources: afp', 'sources: afp, sohr'));
    const { io, stdout } = testIo(dir);
    expect(await importStory(['source.aml', '--out', 'source.json'], io)).toBe(1);
    expect(stdout()).toEqual(['source.aml:13:15  steps[0].sources[1]  "sohr" is not a source id in "sources"', 'source.aml: 1 problem; nothing written']);
  });

  it('prints notes and still writes the story', async () => {
    await writeFile(join(dir, 'noted.aml'), SMALL.replace('text: One.', 'text: One.\n\nTwo.'));
    const { io, stdout } = testIo(dir);
    expect(await importStory(['noted.aml', '--out', 'noted.json'], io)).toBe(0);
    expect(stdout()).toEqual([
      'noted.aml:14:1  steps[0].text  note: this line was left out: a value of several lines ends with a line ":end"',
      'wrote noted.json (1 step) from noted.aml, 1 note above'
    ]);
  });

  it('says in one line that a graphics file cannot be read, and exits 1', async () => {
    await writeFile(join(dir, 'graphics.aml'), `${SMALL}graphics: missing.json\n`);
    const { io, stdout, stderr } = testIo(dir);
    expect(await importStory(['graphics.aml', '--out', 'graphics.json'], io)).toBe(1);
    expect(stdout()).toEqual(['graphics.aml:18:11  graphics  cannot read missing.json (no such file)', 'graphics.aml: 1 problem; nothing written']);
    expect(stderr()).toBe('');
  });

  it('says a missing document cannot be read, and exits 1', async () => {
    const { io, stdout } = testIo(dir);
    expect(await importStory(['nope.aml', '--out', 'x.json'], io)).toBe(1);
    expect(stdout()).toEqual(['nope.aml: cannot read (ENOENT: no such file); nothing written']);
  });

  it.each([
    [[BRIEF], 'needs --out FILE.json, the story file to write'],
    [[BRIEF, '--out'], '--out needs a value, the story file to write'],
    [['--out', 'x.json'], 'no ArchieML file given'],
    [[BRIEF, BRIEF, '--out', 'x.json'], 'takes one ArchieML file (got 2)'],
    [[BRIEF, '--force', '--out', 'x.json'], 'unknown option --force'],
    [[BRIEF, '--out', BRIEF], `--out ${BRIEF} is the ArchieML file itself; write the story to a .json file`]
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { io, stdout, stderr } = testIo();
    expect(await importStory(args, io)).toBe(2);
    expect(stderr().split('\n')[0]).toBe(`scrollstage import: ${message}`);
    expect(stdout()).toEqual([]);
  });

  it('says it cannot write, in one line, and exits 2', async () => {
    await writeFile(join(dir, 'file'), '');
    const { io, stderr } = testIo();
    expect(await importStory([BRIEF, '--out', join(dir, 'file/brief.json')], io)).toBe(2);
    expect(stderr()).toMatch(/^scrollstage import: cannot write .*file\/brief\.json \((EEXIST|ENOTDIR): /);
    expect(stderr().trim().split('\n')).toHaveLength(1);
  });

  it('is a command of scrollstage, with its own help', async () => {
    const { io, stdout } = testIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(stdout().some((l) => /^ {2}scrollstage import FILE\.aml --out FILE\.json +\S/.test(l))).toBe(true);
    const help = testIo();
    expect(await main(['import', '--help'], help.io)).toBe(0);
    expect(help.stdout()[0]).toBe('Usage: scrollstage import FILE.aml --out FILE.json');
  });
});
