/**
 * The package as an npm user meets it: built into a folder of its own (the other test
 * projects use dist/), packed with `npm pack`, installed from the tarball into an empty
 * folder outside the repository, and used there in plain Node: `scrollstage/story`
 * validates the flagship, the installed `scrollstage` command validates a story, the
 * subpath exports reach the embed's files.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, buildEmbed, buildPackage } from '../../scripts/build.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

let work: string;
let app: string;
let files: string[];

/** Runs `node` in the app folder; resolves with its output and exit code (never throws). */
async function node(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: app });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scrollstage-pack-'));
  // The package folder as the repository would pack it, built into a copy.
  const stage = join(work, 'package');
  mkdirSync(join(stage, 'stories'), { recursive: true });
  for (const name of ['package.json', 'README.md', 'LICENSE', 'bin']) cpSync(join(repo, name), join(stage, name), { recursive: true });
  cpSync(join(repo, 'stories/story.schema.json'), join(stage, 'stories/story.schema.json'));
  await buildPackage(join(stage, 'dist'));
  await buildCli(join(stage, 'dist/cli'));
  await buildEmbed(join(stage, 'dist/embed'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: stage });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  files = packed.files.map((f) => f.path);

  // An empty folder outside the repository, so nothing resolves from the repository's node_modules.
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'trial', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed.filename)], { cwd: app });
  cpSync(join(repo, 'stories/idlib-m5.json'), join(app, 'story.json'));
  cpSync(join(repo, 'stories/idlib-m5.basemap.json'), join(app, 'idlib-m5.basemap.json'));
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the package and nothing twice: no demo, no build tools, one copy of the world basemap', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/scrollstage.js', 'dist/index.js', 'dist/story.js', 'dist/cli/main.js', 'dist/embed/embed.js', 'dist/embed/embed.css', 'dist/embed/world/world-110m.json', 'stories/story.schema.json']));
    const unwanted = files.filter((f) => /^dist\/(demo|geo\/world|geo\/build|authoring)\//.test(f) || /\.(geojson|test\.ts)$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('says where it comes from and under what licence', () => {
    expect(pkg.license).toBe('ISC');
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(readFileSync(join(repo, 'LICENSE'), 'utf8')).toContain('ISC License');
  });

  it("validates the flagship with import('scrollstage/story') in plain Node", async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { validateStory, parseStory, describeState } from 'scrollstage/story';
      const json = JSON.parse(readFileSync('story.json', 'utf8'));
      const { problems } = validateStory(json);
      const story = parseStory(json);
      console.log(JSON.stringify({ problems, steps: story.steps.length, first: describeState(story, 0) }));`;
    const result = await node(['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.problems).toEqual([]);
    expect(out.steps).toBe(JSON.parse(readFileSync(join(repo, 'stories/idlib-m5.json'), 'utf8')).steps.length);
    expect(out.first).toMatch(/\w/);
  });

  it('prepares the flagship on a server in plain Node: its basemap read beside it, and the world basemap from the package for a story without one', async () => {
    const script = `
      import { readFile } from 'node:fs/promises';
      import { pathToFileURL, fileURLToPath } from 'node:url';
      import { parseStory, prepareStory } from 'scrollstage/story';
      const fetchJson = async (url) => JSON.parse(await readFile(fileURLToPath(url), 'utf8'));
      const json = JSON.parse(await readFile('story.json', 'utf8'));
      const own = await prepareStory(parseStory(json), { storyUrl: pathToFileURL('story.json').href, fetchJson });
      delete json.basemap;
      const assets = new URL('./', import.meta.resolve('scrollstage/embed/embed.js')).href;
      const world = await prepareStory(parseStory(json), { assets, fetchJson });
      const size = (p) => p.map.countries.length;
      console.log(JSON.stringify({ own: size(own), world: size(world), credits: world.map.credits }));`;
    const result = await node(['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.own).toBeGreaterThan(0);
    expect(out.world).toBeGreaterThan(0);
    expect(out.credits).toContain('Natural Earth');
  });

  it('names what is wrong and where in a broken story, in plain Node', async () => {
    const script = `
      import { validateStory } from 'scrollstage/story';
      const { problems } = validateStory({ version: 2, title: 'T', lang: 'en', steps: [{ text: 3, graphic: { type: 'nothing-such' } }] });
      console.log(JSON.stringify(problems.map((p) => p.path + ': ' + p.message)));`;
    const result = await node(['--input-type=module', '-e', script]);
    const messages: string[] = JSON.parse(result.stdout);
    expect(messages.some((m) => m.startsWith('steps[0].text'))).toBe(true);
    expect(messages.some((m) => m.includes('nothing-such'))).toBe(true);
  });

  it('runs the installed scrollstage command: ok for the flagship, a located error and exit 1 without a stack trace for a broken story', async () => {
    const bin = join(app, 'node_modules/.bin/scrollstage');
    const ok = await node([bin, 'validate', 'story.json']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/story\.json: ok \(\d+ steps\)/);
    writeFileSync(join(app, 'broken.json'), '{ "version": 2, "title": "T", "steps": [ { "text": 3 } ] }');
    const broken = await node([bin, 'validate', 'broken.json']);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/steps\[0\]/);
    expect(broken.stdout + broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes snapshots with the installed scrollstage command: a drawing per step, wide and phone-size, and index.html', async () => {
    const bin = join(app, 'node_modules/.bin/scrollstage');
    const result = await node([bin, 'snapshot', 'story.json', '--out', 'snap']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = readdirSync(join(app, 'snap'));
    expect(written.filter((name) => /^step-\d\d-[a-z0-9-]+\.svg$/.test(name))).toHaveLength(13);
    expect(written.filter((name) => name.endsWith('.phone.svg'))).toHaveLength(13);
    expect(readFileSync(join(app, 'snap/index.html'), 'utf8')).toContain('srcset="step-01-title.phone.svg"');
  }, 120_000);

  it('exports the flagship as a PDF handout from the installed command (Chromium, no driver installed)', async () => {
    const bin = join(app, 'node_modules/.bin/scrollstage');
    const result = await node([bin, 'export', 'story.json', '--pdf', 'handout.pdf']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(app, 'handout.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('reaches the embed files and the JSON Schema through subpath exports', async () => {
    const script = `
      console.log(JSON.stringify([
        import.meta.resolve('scrollstage/embed/embed.js'),
        import.meta.resolve('scrollstage/embed/embed.css'),
        import.meta.resolve('scrollstage/embed/world/world-110m.json'),
        import.meta.resolve('scrollstage/story.schema.json'),
        import.meta.resolve('scrollstage/package.json')
      ]));`;
    const result = await node(['--input-type=module', '-e', script]);
    const urls: string[] = JSON.parse(result.stdout);
    for (const url of urls) expect(existsSync(fileURLToPath(url))).toBe(true);
  });

  it('ships the package modules without the schema’s editor descriptions', () => {
    const schema = readFileSync(join(app, 'node_modules/scrollstage/dist/schema/storySchema.js'), 'utf8');
    expect(schema).toContain("describe('')");
    expect(schema).not.toMatch(/describe\('[^']/);
    expect(Object.keys(JSON.parse(readFileSync(join(app, 'node_modules/scrollstage/package.json'), 'utf8')).dependencies)).not.toContain('d3-interpolate');
  });
});
