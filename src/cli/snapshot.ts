/**
 * `scrollstage snapshot FILE --out DIR`: writes each step's graphic as a standalone SVG
 * (`step-01-<id>.svg` …) and an `index.html` that tells the story as text and images, for
 * AMP, Apple News, newsletters and readers without JavaScript. The story is checked first
 * by `validate`, which prints its problems in its own words.
 */
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseStory, type Story } from '../schema/parseStory.js';
import { oneFile, splitArgs } from './cliArgs.js';
import { EXIT, type CliIo } from './cliIo.js';
import { validate } from './validate.js';
import { prepareStory, type Prepared } from '../core/prepareStory.js';
import { nodeEnv } from './nodeFiles.js';
import { snapshotCopies } from './snapshotCopies.js';
import { PHONE_SIZE } from '../components/snapshot/phoneSize.js';

export const snapshotUsage = `Usage: scrollstage snapshot FILE --out DIR [--width N] [--height N]

Writes one server-rendered SVG per step of the story (DIR/step-01-<id>.svg, ...), a
phone-size one beside it (DIR/step-01-<id>.phone.svg, ${PHONE_SIZE.width}x${PHONE_SIZE.height} px, laid out
for a phone so its words keep their size) and DIR/index.html, the story as plain text and
images for pages without JavaScript, newsletters, AMP and Apple News: screens up to 600 px
wide show the phone drawings. Photos and video posters the story names are copied to
DIR/media/, where the SVGs find them. Graphics are drawn at 800x600 px unless --width and
--height say otherwise. The story is validated first; its problems are printed as by
"scrollstage validate" and the command exits 1. Exits 2 on a usage or write error.`;

/** Smallest and largest drawing sizes, px: below, the map's legend and labels no longer fit; above, files grow for no reader. */
const MIN_SIZE = 240;
const MAX_SIZE = 4000;

const DEFAULTS = { width: 800, height: 600 };

const BOM = '\uFEFF';

interface Options {
  file: string;
  out: string;
  width: number;
  height: number;
}

/** The options, or the one-line reason they are wrong. */
function parseArgs(args: string[]): Options | string {
  const split = splitArgs(args, ['--out', '--width', '--height']);
  if (typeof split === 'string') return split;
  const { values } = split;
  const one = oneFile(split.files, 'story file');
  if (typeof one === 'string') return one;
  if (!values.out) return 'needs --out DIR, the folder to write to';
  const size = { ...DEFAULTS };
  for (const key of ['width', 'height'] as const) {
    if (values[key] === undefined) continue;
    const n = Number(values[key]);
    if (!Number.isInteger(n) || n < MIN_SIZE || n > MAX_SIZE) {
      return `--${key} must be a whole number of px from ${MIN_SIZE} to ${MAX_SIZE} (got ${values[key]})`;
    }
    size[key] = n;
  }
  return { file: one.file, out: values.out, ...size };
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

export async function snapshot(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(snapshotUsage + '\n');
    return EXIT.ok;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`scrollstage snapshot: ${options}\n\n${snapshotUsage}\n`);
    return EXIT.usage;
  }
  const { file, out, width, height } = options;

  const checked = await validate([file], io);
  if (checked !== EXIT.ok) return checked;
  let story: Story;
  try {
    let source = await io.readFile(resolve(io.cwd, file));
    if (source.startsWith(BOM)) source = source.slice(1);
    story = parseStory(JSON.parse(source));
  } catch {
    // validate passes a JSON Schema file without a word (it skips it); it is not a story.
    io.stdout.write(`${file}: not a story, nothing to snapshot\n`);
    return EXIT.problems;
  }

  // Loaded here, not at the top: validating needs no Svelte.
  const { stageGraphics } = await import('../core/stageGraphics.js');
  const { snapshotSvg } = await import('../components/snapshot/snapshotSvg.js');
  const { snapshotFileName } = await import('../components/snapshot/snapshotFileName.js');
  const { snapshotPage } = await import('../components/snapshot/snapshotPage.js');

  // The photos and posters the drawings show, copied beside them: the drawings reference the copies.
  const copies = snapshotCopies(story, stageGraphics(story), resolve(io.cwd, file));
  let prepared: Prepared;
  try {
    prepared = await prepareStory(story, { ...nodeEnv(resolve(io.cwd, file)), fileUrl: (src) => copies.get(src)?.to ?? src });
  } catch (error) {
    io.stderr.write(`scrollstage snapshot: ${file}: ${String((error as Error)?.message ?? error).replace(/^scrollstage: /, '')}\n`);
    return EXIT.problems;
  }

  const dir = resolve(io.cwd, out);
  const shown = (name: string) => join(out, name);
  async function write(name: string, text: string): Promise<boolean> {
    try {
      await writeFile(join(dir, name), text, 'utf8');
      io.stdout.write(`wrote ${shown(name)} (${sizeText(Buffer.byteLength(text))})\n`);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? 'write failed';
      io.stderr.write(`scrollstage snapshot: cannot write ${shown(name)} (${code})\n`);
      return false;
    }
  }

  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'failed';
    io.stderr.write(`scrollstage snapshot: cannot create ${out} (${code})\n`);
    return EXIT.usage;
  }
  const copied = new Set<string>();
  for (const [src, { from, to }] of copies) {
    if (copied.has(to)) continue;
    copied.add(to);
    try {
      await mkdir(dirname(join(dir, to)), { recursive: true });
      await copyFile(from, join(dir, to));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code ?? 'failed';
      if (code === 'ENOENT' && !(await stat(from).catch(() => null))) {
        io.stderr.write(`scrollstage snapshot: ${file}: "${src}" names ${from}, which does not exist\n`);
        return EXIT.problems;
      }
      io.stderr.write(`scrollstage snapshot: cannot copy ${from} to ${shown(to)} (${code})\n`);
      return EXIT.usage;
    }
    io.stdout.write(`copied ${shown(to)}\n`);
  }
  const names = story.steps.map((_, i) => snapshotFileName(story, i));
  const phoneNames = story.steps.map((_, i) => snapshotFileName(story, i, 'phone'));
  const phone = { ...PHONE_SIZE, src: (i: number) => phoneNames[i]! };
  for (const [i, name] of names.entries()) {
    if (!(await write(name, snapshotSvg(story, i, width, height, prepared)))) return EXIT.usage;
    if (!(await write(phoneNames[i]!, snapshotSvg(story, i, phone.width, phone.height, prepared)))) return EXIT.usage;
  }
  if (!(await write('index.html', snapshotPage(story, { width, height, src: (i) => names[i]!, prepared, phone })))) return EXIT.usage;
  const count = names.length;
  io.stdout.write(
    `${file}: ${count} ${count === 1 ? 'graphic' : 'graphics'} at ${width}x${height} and for phones at ${phone.width}x${phone.height}, and index.html in ${out}\n`
  );
  return EXIT.ok;
}
