/**
 * Where things are in a story's JSON source: `locateJsonPath(source, ['steps', 3, 'text'])`
 * gives the line and column of that value, so `scrollstage validate` can print
 * `FILE:LINE:COL` that editors and terminals turn into links.
 *
 * `JSON.parse` keeps no positions and its syntax messages differ between engines, so this
 * is a small strict JSON scanner (RFC 8259, no extensions) that records where each value
 * and key starts, and reports its own syntax errors with a position and a hint. It is
 * iterative, so a deeply nested file cannot overflow the call stack.
 *
 * Lines and columns are 1-based. Columns count UTF-16 code units, as editors (VS Code),
 * `tsc` and ESLint do; `\r\n`, `\n` and a lone `\r` each end a line.
 */

export interface JsonPosition {
  line: number;
  column: number;
}

/** A JSON value in the source: where it starts and, for containers, where its parts are. */
export interface JsonNode {
  /** Offset of the value's first character. */
  offset: number;
  /** Object members by key (the last one wins on a duplicate, as in `JSON.parse`). */
  members?: Map<string, { keyOffset: number; value: JsonNode }>;
  items?: JsonNode[];
}

/** A key given twice in one object: `JSON.parse` silently keeps only the last one. */
export interface DuplicateKey {
  segments: (string | number)[];
  /** Offset of the second (kept) key, and of the first (dropped) one. */
  offset: number;
  firstOffset: number;
}

export interface ScannedJson {
  root: JsonNode;
  duplicates: DuplicateKey[];
  /** Line and column of an offset in this source. */
  position(offset: number): JsonPosition;
}

export class JsonSyntaxError extends Error {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  constructor(message: string, offset: number, position: JsonPosition) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.offset = offset;
    this.line = position.line;
    this.column = position.column;
  }
}

/** Offsets where each line starts, for turning offsets into line:column. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionFinder(source: string): (offset: number) => JsonPosition {
  let starts: number[] | null = null;
  return (offset) => {
    starts ??= lineStarts(source);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

interface Frame {
  node: JsonNode;
  close: '}' | ']';
  /** Where the container opened, for "never closed" messages. */
  open: number;
  /** The container's place in its parent; a chain rather than arrays, so depth stays cheap. */
  parent: Frame | null;
  segment: string | number | null;
  /** 'first': just after the opening bracket; 'next': just after a member or item. */
  state: 'first' | 'next';
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** Bare words authors write by habit, and what to write instead. */
const WORD_HINTS: Record<string, string> = {
  NaN: 'JSON has no NaN: write a number, or null where the field allows it',
  Infinity: 'JSON has no Infinity: write a number',
  undefined: 'JSON has no undefined: leave the field out, or write null',
  True: 'write true in lower case',
  False: 'write false in lower case',
  None: 'write null',
  Null: 'write null in lower case'
};

function pathOf(frame: Frame | null): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let f = frame; f?.segment != null; f = f.parent) segments.unshift(f.segment);
  return segments;
}

/** How a character is named in a message: `"x"`, or `U+0009` for invisible ones. */
function showChar(source: string, at: number): string {
  if (at >= source.length) return 'the end of the file';
  const code = source.codePointAt(at)!;
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(code));
}

/**
 * Scans a JSON text: the position tree and any duplicate keys, or a `JsonSyntaxError` at the
 * first character that is not valid JSON. Accepts exactly what `JSON.parse` accepts.
 */
export function scanJson(source: string): ScannedJson {
  const position = positionFinder(source);
  const duplicates: DuplicateKey[] = [];
  // Annotated so TypeScript knows code after a call is unreachable.
  const fail: (message: string, at: number) => never = (message, at) => {
    throw new JsonSyntaxError(message, at, position(at));
  };
  let pos = 0;

  const skipSpace = () => {
    for (;;) {
      const c = source.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else if (c === 47 && (source[pos + 1] === '/' || source[pos + 1] === '*')) {
        fail('comments are not allowed in JSON; remove it (a "note" field can hold a remark)', pos);
      } else return;
    }
  };

  /** Reads the string starting at `pos` (a `"`), returns its value. */
  const readString = (): string => {
    const start = pos;
    pos++;
    let out = '';
    let runStart = pos;
    for (;;) {
      if (pos >= source.length) fail('this string is never closed: add the closing "', start);
      const c = source.charCodeAt(pos);
      if (c === 34) {
        out += source.slice(runStart, pos);
        pos++;
        return out;
      }
      if (c === 92) {
        out += source.slice(runStart, pos);
        const e = source[pos + 1];
        if (e === 'u') {
          const hex = source.slice(pos + 2, pos + 6);
          if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail('"\\u" must be followed by four hex digits, like \\u00e9', pos);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          pos += 2;
        } else {
          const shown = e === undefined ? '"\\"' : JSON.stringify('\\' + e);
          fail(`invalid escape ${shown} in a string; write \\\\ for a backslash`, pos);
        }
        runStart = pos;
        continue;
      }
      if (c === 10 || c === 13) fail('line break inside a string: close the string on this line, or write \\n', pos);
      if (c < 0x20) fail(`control character ${showChar(source, pos)} inside a string; write it as an escape such as \\t`, pos);
      pos++;
    }
  };

  /** Reads a scalar at `pos`, or opens a container (pushing a frame). */
  const beginValue = (stack: Frame[], segment: string | number | null, what: string): JsonNode => {
    const start = pos;
    const c = source[pos];
    const node: JsonNode = { offset: start };
    if (c === '{' || c === '[') {
      if (c === '{') node.members = new Map();
      else node.items = [];
      pos++;
      const parent = stack[stack.length - 1] ?? null;
      stack.push({ node, close: c === '{' ? '}' : ']', open: start, parent, segment, state: 'first' });
      return node;
    }
    if (c === '"') {
      readString();
      return node;
    }
    if (c === "'") fail('strings must be in double quotes ("), not single quotes', pos);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(source);
      if (!m || m[0] === '-') fail(`a number must have digits after "-"`, pos);
      const end = pos + m![0].length;
      const next = source[end];
      if (m![0].replace('-', '') === '0' && next !== undefined && next >= '0' && next <= '9') {
        fail('numbers cannot start with 0 (write 12, not 012)', pos);
      }
      const after = source[end + 1] ?? '';
      if (next === '.' && !(after >= '0' && after <= '9')) fail('a number needs digits after the decimal point (write 1.0 or 1)', end);
      if ((next === 'e' || next === 'E') && !/[0-9+-]/.test(after)) fail('a number needs digits after the exponent (like 1e3)', end);
      pos = end;
      return node;
    }
    if (c === '.') fail('a number needs a digit before the decimal point (write 0.5, not .5)', pos);
    if (c === '+') fail('numbers cannot start with "+"; leave it out', pos);
    WORD.lastIndex = pos;
    const word = WORD.exec(source)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      pos += word.length;
      return node;
    }
    if (word) fail(`unexpected word ${word}: ${WORD_HINTS[word] ?? 'text values must be in double quotes'}`, pos);
    if (pos >= source.length) fail(`unexpected end of the file: expected ${what}`, pos);
    return fail(`expected ${what}, got ${showChar(source, pos)}`, pos);
  };

  const stack: Frame[] = [];
  skipSpace();
  if (pos >= source.length) fail('the file is empty: a story is a JSON object starting with {', pos);
  const root = beginValue(stack, null, 'a JSON value');

  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const valueEnd = pos;
    skipSpace();
    const c = source[pos];
    if (c === undefined) {
      const { line, column } = position(frame.open);
      fail(`unexpected end of the file: the "${frame.close === '}' ? '{' : '['}" at ${line}:${column} is never closed`, pos);
    }
    if (frame.state === 'next') {
      if (c === frame.close) {
        pos++;
        stack.pop();
        continue;
      }
      if (c !== ',') {
        const what = frame.close === '}' ? 'property' : 'item';
        // A value starts where a comma was due: point at the end of the previous value,
        // where the comma belongs, not at the next line.
        if (/["{[\d\-tfn]/.test(c)) fail(`missing "," after this ${what}`, valueEnd);
        fail(`expected "," or "${frame.close}" after this ${what}, got ${showChar(source, pos)}`, pos);
      }
      const comma = pos;
      pos++;
      skipSpace();
      if (source[pos] === '}' || source[pos] === ']') fail(`trailing comma before "${source[pos]}": remove it`, comma);
      if (pos >= source.length) continue; // reported as "never closed" on the next turn
    } else if (c === frame.close) {
      pos++;
      stack.pop();
      continue;
    }
    frame.state = 'next';

    if (frame.close === ']') {
      const items = frame.node.items!;
      items.push(beginValue(stack, items.length, 'a value'));
      continue;
    }

    if (source[pos] !== '"') {
      const hint = source[pos] === "'" ? 'use double quotes (")' : 'write it in double quotes, like "id"';
      fail(`expected a property name, got ${showChar(source, pos)}: ${hint}`, pos);
    }
    const keyOffset = pos;
    const key = readString();
    skipSpace();
    if (source[pos] !== ':') fail(`expected ":" after the property name ${JSON.stringify(key)}, got ${showChar(source, pos)}`, pos);
    pos++;
    skipSpace();
    const value = beginValue(stack, key, `a value for ${JSON.stringify(key)}`);
    const members = frame.node.members!;
    const earlier = members.get(key);
    if (earlier) duplicates.push({ segments: [...pathOf(frame), key], offset: keyOffset, firstOffset: earlier.keyOffset });
    members.set(key, { keyOffset, value });
  }

  skipSpace();
  if (pos < source.length) {
    fail(`unexpected ${showChar(source, pos)} after the end of the JSON value: a file holds one value`, pos);
  }
  return { root, duplicates, position };
}

export interface LocateOptions {
  /** Point at the key rather than its value (for a field that should not be there). */
  key?: boolean;
}

/**
 * The offset of `segments` in a scanned source. A path that goes further than the source
 * (a missing key or index) gives the deepest container that exists: the object that lacks
 * the key.
 */
export function locateOffset(scanned: ScannedJson, segments: readonly (string | number)[], options: LocateOptions = {}): number {
  let node = scanned.root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (node.members && typeof segment === 'string') {
      const member = node.members.get(segment);
      if (!member) return node.offset;
      if (options.key && i === segments.length - 1) return member.keyOffset;
      node = member.value;
    } else if (node.items && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return node.offset;
      node = item;
    } else {
      return node.offset;
    }
  }
  return node.offset;
}

/**
 * Line and column of the value at `segments` (see `locateOffset` for missing parts). Pass
 * the result of `scanJson` to locate many paths in one file with a single scan; a source
 * string that is not valid JSON throws `JsonSyntaxError`.
 */
export function locateJsonPath(
  source: string | ScannedJson,
  segments: readonly (string | number)[],
  options: LocateOptions = {}
): JsonPosition {
  const scanned = typeof source === 'string' ? scanJson(source) : source;
  return scanned.position(locateOffset(scanned, segments, options));
}
