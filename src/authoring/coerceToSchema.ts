/**
 * ArchieML gives text, objects and lists of them; a story needs numbers, booleans, lists of
 * ids and nested objects. `coerceToSchema` reads each ArchieML value as the JSON Schema
 * expects it at that place, and records where each part was written. The rules, for a value
 * written as text (the README's "Write a story in a Google Doc" lists them for authors):
 *
 * - empty: left out, as if the key were not written;
 * - `null` where the schema allows null (a step clearing an inherited field);
 * - JSON text (`{...}`, `[...]`) where it expects an object or an array;
 * - a file name ending in `.json` (optionally `#/json/pointer`) where it expects an object
 *   or an array and not text: that file's JSON, the path relative to the document;
 * - `true` / `false` (any case) where it expects a boolean; a number where it expects one;
 * - a list where it expects an array and not text: items split at commas (or lines) when
 *   the items are ids, names from a set, numbers or booleans, and at blank lines when they
 *   are free text (paragraphs); each item read by the same rules;
 * - anything else stays text, for the validator to name what is wrong with it.
 *
 * Keys match the schema's field names ignoring case, `-` and `_` (`Title:`, `as-of:`
 * fill `title`, `asOf`). Objects are written with their fields in the schema's order. Values
 * parsed from JSON are taken as they are: JSON already says what each value is.
 */
import { JsonSyntaxError, scanJson, type ScannedJson } from '../schema/locateJsonPath.js';
import type { ArchieNode, ArchiePosition } from './archieLines.js';
import { importProblem, type ImportProblem } from './importProblem.js';
import {
  alternatives,
  itemSchema,
  kindsOf,
  objectForm,
  propertySchema,
  type JsonSchema,
  type Kind,
  type SchemaObject
} from './schemaNode.js';
import { jsonLocations, jsonNodeAt, LocationTree, type LocationNode, type SourcePosition } from './sourceLocations.js';

type Segments = (string | number)[];

/** A JSON file the document names: its text, or why it could not be read. */
export type JsonFile = { file: string; text: string } | { file: string; error: string };

export interface CoerceContext {
  /** The whole schema, for `$ref`s. */
  root: JsonSchema;
  /** The ArchieML document's name, as problems show it. */
  file: string;
  /** Problems found while reading values (bad JSON, unreadable files, keys given twice). */
  problems: ImportProblem[];
  /** Things an author should look at that do not stop the import (text ArchieML dropped). */
  notes: ImportProblem[];
  /** Paths of values that could not be read (bad JSON, a missing file): the story lacks them. */
  unread: Segments[];
  /** A JSON file named in the document (the name as written, relative to the document). */
  jsonFile(name: string): JsonFile;
}

export interface Coerced {
  /** The value as the schema expects it; `undefined` when it is left out. */
  value: unknown;
  loc: LocationNode;
}

/** A file name ending in .json, with an optional JSON pointer: `places.json`, `data/roads.json#/routes`; not a URL. */
export const FILE_REFERENCE = /^(?![a-z][\w+.-]*:\/\/)[^\s{}[\]"'<>|*?]+\.json(#(\/[^\n]*)?)?$/i;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
/** Curly double quotes: Google Docs types them for ", which JSON does not read. */
const CURLY_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const HAS_CURLY_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;

/** `Title`, `as-of`, `AS_OF` and `asOf` are one field. */
const fieldKey = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

/** The schema's name for a key written in the document, or the key as written when none fits. */
export function fieldName(form: SchemaObject, key: string): string {
  const names = Object.keys(form.properties ?? {});
  if (names.includes(key)) return key;
  const matches = names.filter((name) => fieldKey(name) === fieldKey(key));
  return matches.length === 1 ? matches[0]! : key;
}

function union(forms: readonly SchemaObject[]): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const form of forms) for (const kind of kindsOf(form)) kinds.add(kind);
  return kinds;
}

/** Whether a list's items are words (split at commas) rather than free text (split at blank lines). */
function itemsAreWords(forms: readonly SchemaObject[]): boolean {
  return forms.every((form) => {
    const kinds = kindsOf(form);
    if (!kinds.has('string')) return true;
    return 'const' in form || Array.isArray(form.enum) || typeof form.pattern === 'string' || typeof form.format === 'string';
  });
}

/** Position of `offset` inside a value whose first character is at `at` (lines continue in column 1). */
function textPosition(at: ArchiePosition, text: string, offset: number): ArchiePosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: at.line, column: at.column + offset };
  return { line: at.line + lines.length - 1, column: lines[lines.length - 1]!.length + 1 };
}

function define(target: Record<string, unknown>, key: string, value: unknown) {
  // A data property even for "__proto__", so the validator sees it (and reports it).
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

class Coercer {
  /** Scans of JSON files, by file: a file named twice (places and routes) is read once. */
  private readonly scans = new Map<string, { scanned: ScannedJson; value: unknown } | null>();

  constructor(private readonly ctx: CoerceContext) {}

  private pos(at: ArchiePosition): SourcePosition {
    return { file: this.ctx.file, line: at.line, column: at.column };
  }

  private tree(node: ArchieNode | undefined): LocationTree {
    const at = node?.at ?? { line: 1, column: 1 };
    return new LocationTree(this.pos(at), node?.key && this.pos(node.key));
  }

  private problem(at: SourcePosition, path: Segments, message: string) {
    this.ctx.problems.push(importProblem(at, path, message));
  }

  value(value: unknown, node: ArchieNode | undefined, schema: JsonSchema | undefined, path: Segments, delimiter?: string): Coerced {
    const forms = alternatives(schema, this.ctx.root);
    if (typeof value === 'string') return this.text(value, node, forms, path);
    if (Array.isArray(value)) return this.list(value, node, forms, path);
    if (value !== null && typeof value === 'object') return this.object(value as Record<string, unknown>, node, forms, path, delimiter);
    return { value, loc: this.tree(node) };
  }

  private list(items: unknown[], node: ArchieNode | undefined, forms: SchemaObject[], path: Segments): Coerced {
    const loc = this.tree(node);
    const form = forms.find((f) => kindsOf(f).has('array'));
    const first = items[0];
    // In an ArchieML array of objects, the first key of the first item starts every item.
    const delimiter = first && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first)[0] : undefined;
    const out: unknown[] = [];
    items.forEach((item, i) => {
      const index = out.length;
      const coerced = this.value(item, node?.children?.get(i), form && itemSchema(form, index), [...path, index], delimiter);
      if (coerced.value === undefined) return;
      loc.children.set(index, coerced.loc);
      out.push(coerced.value);
    });
    return { value: out, loc };
  }

  private object(
    input: Record<string, unknown>,
    node: ArchieNode | undefined,
    forms: SchemaObject[],
    path: Segments,
    delimiter: string | undefined
  ): Coerced {
    const loc = this.tree(node);
    const keys = Object.keys(input);
    const form = objectForm(forms, this.ctx.root, (name) => {
      const key = keys.find((k) => fieldKey(k) === fieldKey(name));
      return key === undefined ? undefined : input[key];
    });
    const out: Record<string, unknown> = {};
    const writtenAs = new Map<string, { key: string; line: number }>();
    for (const key of keys) {
      const child = node?.children?.get(key);
      const name = form ? fieldName(form, key) : key;
      const at = [...path, name];
      const keyAt = this.pos(child?.key ?? child?.at ?? node?.at ?? { line: 1, column: 1 });
      if (child?.replaced) {
        const hint =
          delimiter && delimiter !== key ? `, or if a new item starts here, begin it with "${delimiter}:" as the first item does` : '';
        this.problem(keyAt, at, `is given twice (first on line ${child.replaced.line}); only the last one counts: remove one${hint}`);
      }
      if (child?.dropped) {
        const { at: droppedAt, lines } = child.dropped;
        const what = lines === 1 ? 'this line was' : `these ${lines} lines were`;
        this.ctx.notes.push(
          importProblem(this.pos(droppedAt), at, `note: ${what} left out: a value of several lines ends with a line ":end"`)
        );
      }
      const earlier = writtenAs.get(name);
      if (earlier) {
        this.problem(keyAt, at, `is the same field as "${earlier.key}" on line ${earlier.line}: keep one`);
        continue;
      }
      writtenAs.set(name, { key, line: keyAt.line });
      const coerced = this.value(input[key], child, form && propertySchema(form, name), at);
      loc.children.set(name, coerced.loc);
      if (coerced.value !== undefined) define(out, name, coerced.value);
    }
    // The schema's order, so an imported story reads like one written by hand.
    const order = Object.keys(form?.properties ?? {});
    const sorted: Record<string, unknown> = {};
    for (const name of [...order.filter((n) => Object.hasOwn(out, n)), ...Object.keys(out).filter((n) => !order.includes(n))]) {
      define(sorted, name, out[name]);
    }
    return { value: sorted, loc };
  }

  private text(text: string, node: ArchieNode | undefined, forms: SchemaObject[], path: Segments): Coerced {
    const loc = this.tree(node);
    const trimmed = text.trim();
    if (!trimmed) return { value: undefined, loc };
    const kinds = union(forms);
    if (kinds.size === 6) return { value: text, loc }; // the schema does not say: keep the text
    const structured = kinds.has('object') || kinds.has('array');
    const at = node?.at ?? { line: 1, column: 1 };

    if (kinds.has('null') && trimmed === 'null') return { value: null, loc };
    if (structured && /^[[{]/.test(trimmed)) {
      const parsed = this.json(text, at, path, kinds.has('string'));
      if (parsed) return parsed;
      if (!kinds.has('string')) return { value: undefined, loc };
    }
    if (structured && !kinds.has('string') && FILE_REFERENCE.test(trimmed)) return this.file(trimmed, at, path);
    if (kinds.has('boolean') && BOOLEAN.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', loc };
    if (kinds.has('number') && NUMBER.test(trimmed)) return { value: Number(trimmed), loc };
    if (kinds.has('array') && !kinds.has('string')) return this.split(text, at, forms, path, loc);
    if (kinds.has('object') && !kinds.has('string')) {
      const name = String(path[path.length - 1] ?? 'value');
      this.problem(
        this.pos(at),
        path,
        `expected an object: write it as JSON ({ ... }), name a .json file beside the document, or give its fields as ${name}.FIELD: lines`
      );
      this.ctx.unread.push(path);
      return { value: undefined, loc };
    }
    return { value: text, loc };
  }

  /** A list written as text: words at commas or lines, paragraphs at blank lines. */
  private split(text: string, at: ArchiePosition, forms: SchemaObject[], path: Segments, loc: LocationTree): Coerced {
    const form = forms.find((f) => kindsOf(f).has('array'))!;
    const words = itemsAreWords(alternatives(itemSchema(form, 0), this.ctx.root));
    const separator = words ? /\s*[,\n]\s*/g : /\n[ \t]*\n\s*/g;
    const items: { text: string; offset: number }[] = [];
    let start = 0;
    for (const match of [...text.matchAll(separator), null]) {
      const end = match ? match.index : text.length;
      const item = text.slice(start, end);
      const lead = item.length - item.trimStart().length;
      if (item.trim()) items.push({ text: item.trim(), offset: start + lead });
      if (match) start = match.index + match[0].length;
    }
    const out: unknown[] = [];
    for (const item of items) {
      const index = out.length;
      const node: ArchieNode = { at: textPosition(at, text, item.offset) };
      const coerced = this.text(item.text, node, alternatives(itemSchema(form, index), this.ctx.root), [...path, index]);
      if (coerced.value === undefined) continue;
      loc.children.set(index, coerced.loc);
      out.push(coerced.value);
    }
    return { value: out, loc };
  }

  /** JSON written in the document; problems point at its lines there. `quiet`: text is fine too. */
  private json(text: string, at: ArchiePosition, path: Segments, quiet: boolean): Coerced | undefined {
    let source = text;
    let scanned: ScannedJson;
    try {
      scanned = scanJson(source);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      let failure = error;
      if (HAS_CURLY_QUOTES.test(source)) {
        // Google Docs replaces typed " with curly quotes; read them as the quotes they were.
        source = source.replace(CURLY_QUOTES, '"');
        try {
          scanned = scanJson(source);
          return this.jsonValue(scanned, source, (offset) => this.pos(textPosition(at, text, offset)), path);
        } catch (second) {
          if (!(second instanceof JsonSyntaxError)) throw second;
          failure = second;
        }
      }
      if (quiet) return undefined;
      // The scanner counts lines in the value; the author counts them in the document.
      const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
      let message = failure.message
        .replace('end of the file', 'end of the value')
        .replace(/ at (\d+):(\d+)/, (_, line: string, column: string) => {
          const p = textPosition(at, text, (lineStarts[Number(line) - 1] ?? 0) + Number(column) - 1);
          return ` on line ${p.line}, column ${p.column},`;
        });
      if (/end of the value/.test(message) && !text.includes('\n')) {
        message += ' (JSON over several lines ends with a line ":end")';
      }
      this.problem(this.pos(textPosition(at, text, failure.offset)), path, `invalid JSON: ${message}`);
      this.ctx.unread.push(path);
      return undefined;
    }
    return this.jsonValue(scanned, source, (offset) => this.pos(textPosition(at, text, offset)), path);
  }

  private jsonValue(scanned: ScannedJson, source: string, place: (offset: number) => SourcePosition, path: Segments): Coerced {
    for (const d of scanned.duplicates) {
      const first = place(d.firstOffset);
      this.problem(place(d.offset), [...path, ...d.segments], `is given twice in this object (first on line ${first.line}); only the last one counts: remove one`);
    }
    return { value: JSON.parse(source), loc: jsonLocations(scanned.root, place) };
  }

  /** A JSON file the document names, or the part of it a `#/pointer` names. */
  private file(reference: string, at: ArchiePosition, path: Segments): Coerced {
    const hash = reference.indexOf('#');
    const name = hash < 0 ? reference : reference.slice(0, hash);
    const pointer = hash < 0 ? '' : reference.slice(hash + 1);
    const loc = this.tree({ at });
    const found = this.ctx.jsonFile(name);
    if ('error' in found) {
      this.problem(this.pos(at), path, `cannot read ${found.file} (${found.error})`);
      this.ctx.unread.push(path);
      return { value: undefined, loc };
    }
    let scan = this.scans.get(found.file);
    if (scan === undefined) {
      const text = found.text.replace(/^\uFEFF/, '');
      try {
        const scanned = scanJson(text);
        scan = { scanned, value: JSON.parse(text) };
      } catch (error) {
        if (!(error instanceof JsonSyntaxError)) throw error;
        this.problem({ file: found.file, line: error.line, column: error.column }, path, `invalid JSON: ${error.message}`);
        scan = null;
      }
      this.scans.set(found.file, scan);
    }
    if (!scan) {
      this.ctx.unread.push(path);
      return { value: undefined, loc };
    }
    const place = (offset: number): SourcePosition => ({ file: found.file, ...scan!.scanned.position(offset) });
    const segments = pointer
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = jsonNodeAt(scan.scanned, segments);
    if (!node) {
      this.problem(this.pos(at), path, `${found.file} has nothing at #${pointer}`);
      this.ctx.unread.push(path);
      return { value: undefined, loc };
    }
    let value = scan.value;
    for (const segment of segments) value = (value as Record<string, unknown>)[segment];
    const prefix = segments.join('\u0000');
    for (const d of scan.scanned.duplicates) {
      const inside = d.segments.map(String);
      if (segments.length && inside.slice(0, segments.length).join('\u0000') !== prefix) continue;
      const rest = inside.slice(segments.length);
      this.problem(
        place(d.offset),
        [...path, ...rest],
        `is given twice in this object (first on line ${place(d.firstOffset).line}); only the last one counts: remove one`
      );
    }
    return { value, loc: jsonLocations(node, place) };
  }
}

/**
 * Reads ArchieML data (`value`, with its positions `node` from `archieLines`) as `schema`
 * expects it at `path`. Problems and notes go to the context.
 */
export function coerceToSchema(
  value: unknown,
  node: ArchieNode | undefined,
  schema: JsonSchema | undefined,
  path: Segments,
  ctx: CoerceContext
): Coerced {
  return new Coercer(ctx).value(value, node, schema, path);
}
