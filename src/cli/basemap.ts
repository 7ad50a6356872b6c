/**
 * `scrollstage basemap --bbox W,S,E,N --out FILE [...]`: writes a small TopoJSON basemap for
 * any part of the world (src/geo/basemap/basemapFile.ts): Natural Earth countries from the
 * world-atlas package, clipped to the box and simplified for the web, and the author's own
 * layers. This file reads the arguments and the files and words the errors; the geometry
 * is src/geo/build/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE_OBJECTS, type BasemapFile, type Box, type Detail } from '../geo/basemap/basemapFile.js';
import { buildBasemap, type WorldTopology } from '../geo/build/buildBasemap.js';
import { chooseDetail } from '../geo/build/chooseDetail.js';
import { LayerError, layerFeatures, type LayerData } from '../geo/build/layerFeatures.js';
import { JsonSyntaxError, scanJson } from '../schema/locateJsonPath.js';
import { EXIT, type CliIo } from './cliIo.js';

export const basemapUsage = `Usage: scrollstage basemap --bbox W,S,E,N --out FILE [--detail 10m|50m|110m]
                         [--layer NAME=FILE.geojson[:IDPROP]]... [--credit TEXT]... [--focus W,S,E,N]

Writes a TopoJSON basemap for a story's "basemap": the Natural Earth countries (world-atlas)
that touch the box (degrees: west, south, east, north; west less than east), their borders
and land, clipped to the box and simplified for the web.
  --detail   Natural Earth scale; default by the box's size (10m under 20° across, 50m under 90°)
  --layer    a GeoJSON FeatureCollection whose features become areas, lines or points a story
             names by id: IDPROP names the property that holds the id (default: each
             feature's own id). NAME: lower-case letters, digits and dashes
  --credit   a credit for the layers' data (their licence); Natural Earth is always credited
  --focus    part of the box the story zooms into: kept at (nearly) full detail
Exits 1 when an argument or a layer file has a problem, 2 on a usage or write error.`;

const DETAILS: readonly Detail[] = ['10m', '50m', '110m'];
const VALUE_OPTIONS = ['--bbox', '--out', '--detail', '--focus', '--layer', '--credit'] as const;
const REPEATED = new Set(['--layer', '--credit']);
const LAYER_NAME = /^[a-z][a-z0-9-]*$/;

/** Words for the read errors an author can fix; anything else shows its code. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied'
};

/** A problem with the input: one line, exit 1 (or 2 for a usage error). */
class Problem extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.problems
  ) {
    super(message);
  }
}

interface LayerSpec {
  name: string;
  file: string;
  idProperty: string | null;
}

interface Options {
  box: Box;
  out: string;
  detail: Detail;
  focus: Box | undefined;
  layers: LayerSpec[];
  credits: string[];
}

function parseBox(option: string, text: string): Box {
  const parts = text.split(',').map((p) => p.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) {
    throw new Problem(`${option} must be four numbers W,S,E,N in degrees: west, south, east, north (got "${text}")`);
  }
  const [west, south, east, north] = numbers as Box;
  if ([west, east].some((x) => x < -180 || x > 180) || [south, north].some((y) => y < -90 || y > 90)) {
    throw new Problem(`${option} ${text} is off the globe: west and east must be within -180..180, south and north within -90..90`);
  }
  if (west > east) {
    throw new Problem(
      `${option} ${text} crosses the antimeridian (west ${west} > east ${east}); W must be less than E: split the story, or use two basemaps, one each side of 180°`
    );
  }
  if (west === east) throw new Problem(`${option} ${text} has no width: W must be less than E`);
  if (south >= north) throw new Problem(`${option} ${text}: S must be less than N (south ${south}, north ${north})`);
  return [west, south, east, north];
}

function parseLayer(spec: string, taken: Set<string>): LayerSpec {
  const equals = spec.indexOf('=');
  if (equals < 0) throw new Problem(`--layer needs NAME=FILE.geojson[:IDPROP] (got "${spec}"), for example --layer districts=districts.geojson:CODE`);
  const name = spec.slice(0, equals);
  let file = spec.slice(equals + 1);
  let idProperty: string | null = null;
  // The id property follows the last colon, unless that colon belongs to the path (C:\...).
  const colon = file.lastIndexOf(':');
  if (colon > 0 && !/[/\\]/.test(file.slice(colon + 1))) [file, idProperty] = [file.slice(0, colon), file.slice(colon + 1)];
  if (!LAYER_NAME.test(name)) {
    throw new Problem(`--layer name "${name}" must be lower-case letters, digits and dashes, starting with a letter (for example "districts")`);
  }
  if ((BASE_OBJECTS as readonly string[]).includes(name)) {
    throw new Problem(`--layer name "${name}" is taken by the basemap's own ${name}; call the layer something else`);
  }
  if (taken.has(name)) throw new Problem(`--layer name "${name}" is used twice; give each layer its own name`);
  if (!file) throw new Problem(`--layer ${name} names no file: write --layer ${name}=FILE.geojson`);
  if (idProperty === '') throw new Problem(`--layer ${name}: nothing after ":"; name the id property (FILE.geojson:PROPERTY) or leave out the colon`);
  taken.add(name);
  return { name, file, idProperty };
}

/** The options; a Problem when they are wrong. */
function parseArgs(args: string[]): Options {
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new Problem(`${name} needs a value`, EXIT.usage);
      if (values.has(name) && !REPEATED.has(name)) throw new Problem(`${name} is given twice; give it once`, EXIT.usage);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (arg.startsWith('-')) {
      throw new Problem(`unknown option ${arg}`, EXIT.usage);
    } else {
      throw new Problem(`takes no file argument (got "${arg}"); the file to write is --out FILE`, EXIT.usage);
    }
  }
  const one = (name: string) => values.get(name)?.[0];
  const bboxText = one('--bbox');
  if (bboxText === undefined) throw new Problem('needs --bbox W,S,E,N: the box to cover in degrees (west, south, east, north)');
  const box = parseBox('--bbox', bboxText);
  const out = one('--out');
  if (out === undefined) throw new Problem('needs --out FILE: where to write the basemap (for example stories/my-story.basemap.json)');
  const detailText = one('--detail');
  if (detailText !== undefined && !(DETAILS as readonly string[]).includes(detailText)) {
    throw new Problem(`--detail must be 10m, 50m or 110m (got "${detailText}")`);
  }
  const focusText = one('--focus');
  const focus = focusText === undefined ? undefined : parseBox('--focus', focusText);
  if (focus && (focus[0] < box[0] || focus[1] < box[1] || focus[2] > box[2] || focus[3] > box[3])) {
    throw new Problem(`--focus ${focusText} is not inside --bbox ${bboxText}: the focus must lie within the box`);
  }
  const taken = new Set<string>();
  const layers = (values.get('--layer') ?? []).map((spec) => parseLayer(spec, taken));
  return {
    box,
    out,
    detail: (detailText as Detail | undefined) ?? chooseDetail(box),
    focus,
    layers,
    credits: values.get('--credit') ?? []
  };
}

async function readText(io: CliIo, file: string, what: string): Promise<string> {
  try {
    const text = await io.readFile(resolve(io.cwd, file));
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw new Problem(`${what}: cannot read ${file} (${code ? (READ_ERRORS[code] ?? code) : 'read failed'})`);
  }
}

/** Parsed JSON; a Problem pointing at the line and column when it does not parse. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's messages give an offset at best; the scanner says line and column.
    try {
      scanJson(text);
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw new Problem(`${file}:${error.line}:${error.column}  invalid JSON: ${error.message}`);
    }
    throw new Problem(`${file}: invalid JSON`);
  }
}

async function readLayer(io: CliIo, spec: LayerSpec): Promise<LayerData> {
  const json = parseJson(await readText(io, spec.file, `--layer ${spec.name}`), spec.file);
  try {
    return layerFeatures(json, spec.name, spec.file, spec.idProperty);
  } catch (error) {
    if (error instanceof LayerError) throw new Problem(error.message);
    throw error;
  }
}

async function readWorld(io: CliIo, detail: Detail): Promise<WorldTopology> {
  let path: string;
  try {
    // Resolved from this module, not the repository: the same from src/ and from an installed dist/cli/.
    path = createRequire(import.meta.url).resolve(`world-atlas/countries-${detail}.json`);
  } catch {
    throw new Problem(`cannot find world-atlas/countries-${detail}.json: the world-atlas package is missing; reinstall scrollstage's dependencies (npm install)`, EXIT.usage);
  }
  return JSON.parse(await io.readFile(path)) as WorldTopology;
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** What the file holds, for the line printed after writing: "land 1, countries 12, borders 1, districts 40". */
function objectCounts(file: BasemapFile): string {
  return Object.entries(file.objects)
    .map(([name, object]) => `${name} ${object.geometries.length}`)
    .join(', ');
}

export async function basemap(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(basemapUsage + '\n');
    return EXIT.ok;
  }
  try {
    const options = parseArgs(args);
    const layers = [];
    for (const spec of options.layers) layers.push(await readLayer(io, spec));
    const world = await readWorld(io, options.detail);
    const file = buildBasemap({ world, box: options.box, detail: options.detail, focus: options.focus, layers, credits: options.credits });
    const text = JSON.stringify(file) + '\n';
    const bytes = Buffer.byteLength(text);
    const out = resolve(io.cwd, options.out);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text, 'utf8');
    } catch (error) {
      throw new Problem(`cannot write ${options.out} (${(error as NodeJS.ErrnoException | null)?.code ?? 'write failed'})`, EXIT.usage);
    }
    io.stdout.write(`wrote ${options.out} (${sizeText(bytes)}, ${sizeText(gzipSync(text).length)} gzip; ${options.detail}): ${objectCounts(file)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const usage = error.code === EXIT.usage && !error.message.startsWith('cannot') ? `\n\n${basemapUsage}` : '';
    io.stderr.write(`scrollstage basemap: ${error.message}${usage}\n`);
    return error.code;
  }
}
