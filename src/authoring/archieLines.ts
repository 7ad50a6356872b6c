/**
 * Where each value of an ArchieML document was written. The `archieml` package returns
 * data and keeps no positions, so this walks the document with the same grammar (a port of
 * `archieml` 0.5.0's `load`, rule for rule, tested to give the same data) and records, in a
 * tree parallel to the data, the line and column of every value, key, block and array item.
 *
 * Two things are added to the grammar, both recorded rather than hidden:
 * - **JSON over several lines.** A key whose value opens a JSON object or array that the
 *   line leaves open (`graphic: {"type": "map",`) takes the following lines as they are, up
 *   to the next `:end`. In plain ArchieML a JSON line such as `"view": {...},` would be read
 *   as a key; here those lines are escaped with ArchieML's own leading backslash, and `text`
 *   is the escaped document that an ArchieML parser turns into the intended value.
 * - **Dropped text.** Lines after a one-line value that no `:end` closed are discarded by
 *   ArchieML without a word; the value's node says how many, so an importer can warn.
 *
 * Line endings (`\r\n`, `\r`, U+2028, U+2029) are read as `\n` and a leading byte-order mark
 * is dropped, so lines are numbered as editors number them. Lines and columns are 1-based;
 * columns count UTF-16 code units, as `locateJsonPath` does.
 */

export interface ArchiePosition {
  line: number;
  column: number;
}

export interface ArchieNode {
  /** The value's first character; for a block, its name; for an array item, its first key. */
  at: ArchiePosition;
  /** The key, for a problem about the key itself (a field that should not be there). */
  key?: ArchiePosition;
  /** Members or items, by the key or index the data has. */
  children?: Map<string | number, ArchieNode>;
  /** An earlier value of the same key, overwritten by this one (ArchieML keeps the last). */
  replaced?: ArchiePosition;
  /** Text lines after this one-line value that no `:end` closed: ArchieML drops them. */
  dropped?: { at: ArchiePosition; lines: number };
}

export interface ArchieLines {
  /** The document as an ArchieML parser should read it: normalized, JSON blocks escaped. */
  text: string;
  /** The data the grammar gives for `text`: what `archieml.load(text)` returns. */
  data: Record<string, unknown>;
  /** Positions of `data`, node for node. */
  root: ArchieNode;
}

// The package's character classes, copied: whitespace, and what a key may not contain.
const WHITESPACE =
  '\\u0000\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const SLUG_BLACKLIST = WHITESPACE + '\\u005B\\u005C\\u005D\\u007B\\u007D\\u003A';

// The package's patterns, made sticky (matched at the read position, as it matches at the
// start of what is left) and with indices (`d`), to know where each part starts.
const NEXT_LINE = /.*((\r|\n)+)/dy;
const START_KEY = new RegExp(`\\s*([^${SLUG_BLACKLIST}]+)[ \t\r]*:[ \t\r]*(.*(?:\n|\r|$))`, 'dy');
const COMMAND_KEY = /\s*:[ \t\r]*(endskip|ignore|skip|end).*?(\n|\r|$)/diy;
const ARRAY_ELEMENT = /\s*\*[ \t\r]*(.*(?:\n|\r|$))/dy;
const SCOPE_PATTERN = new RegExp(`\\s*(\\[|\\{)[ \t\r]*([+.]*)[ \t\r]*([^${SLUG_BLACKLIST}]*)[ \t\r]*(?:\\]|\\}).*?(\n|\r|$)`, 'dy');

/** The document with one kind of line ending and no byte-order mark; the lines are unchanged. */
export function normalizeLines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

type Data = Record<string, unknown>;

/** The one document the `archieml` package cannot read (it throws): a block opened inside a text value. */
export class ArchieLineError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, at: ArchiePosition) {
    super(message);
    this.name = 'ArchieLineError';
    this.line = at.line;
    this.column = at.column;
  }
}

interface StackItem {
  array: unknown[] | null;
  arrayType: 'simple' | 'complex' | 'freeform' | null;
  arrayFirstKey: string | null;
  flags: string;
  scope: Data;
}

const QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033']);

/**
 * How many JSON brackets a line leaves open, from `depth` open before it; strings (in
 * straight or curly double quotes, which Google Docs puts in) are skipped.
 */
function bracketDepth(line: string, depth: number): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || (quote !== '"' && QUOTES.has(c))) quote = null;
    } else if (QUOTES.has(c)) quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}

/** A value that starts like JSON (`{"`, `[[`, `[1`, ...), not like text in brackets (`[Link](...)`). */
const JSON_START = /^(\{\s*(["\u201C\u201D}]|$)|\[\s*([[{"\u201C\u201D\d\-\]]|true|false|null|$))/;
const END_LINE = /^\s*:[ \t]*end(?!skip)/i;
const COMMAND_LINE = /^\s*:[ \t]*(endskip|ignore|skip|end)/i;

/**
 * The lines after a key line that belong to its JSON value: a value that starts like JSON
 * and is left open takes the lines up to the next `:end` line. Gives how many lines, or 0
 * when the value is complete on its line, or no `:end` closes it (then ArchieML's own
 * reading stands, and the JSON is reported incomplete).
 */
export function jsonBlockLines(value: string, following: readonly string[]): number {
  const first = value.trim();
  if (!JSON_START.test(first)) return 0;
  let depth = bracketDepth(first, 0);
  if (depth <= 0) return 0;
  for (let i = 0; i < following.length; i++) {
    const line = following[i]!;
    if (END_LINE.test(line)) return i;
    // Any other command line (:skip, :ignore) ends the search: JSON has no line starting with ':'.
    if (COMMAND_LINE.test(line)) return 0;
    if (depth > 0) depth = bracketDepth(line, depth);
    // Closed: only blank lines may come before the `:end`.
    else if (line.trim()) return 0;
  }
  return 0;
}

/** Walks an ArchieML document as `archieml.load` does and records where everything is. */
export function archieLines(source: string): ArchieLines {
  let text = normalizeLines(source);
  let lineStarts = computeLineStarts(text);
  const position = (offset: number): ArchiePosition => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };

  const data: Data = {};
  const root: ArchieNode = { at: { line: 1, column: 1 }, children: new Map() };
  const nodes = new WeakMap<object, ArchieNode>([[data, root]]);
  const nodeOf = (container: object, at: ArchiePosition): ArchieNode => {
    let node = nodes.get(container);
    if (!node) nodes.set(container, (node = { at, children: new Map() }));
    node.children ??= new Map();
    return node;
  };
  /** Records a new container (object or array) made at `at` under `parent[key]`. */
  const madeContainer = (parent: object, key: string | number, container: object, at: ArchiePosition, keyAt?: ArchiePosition) => {
    const node: ArchieNode = { at, children: new Map(), ...(keyAt ? { key: keyAt } : {}) };
    nodes.set(container, node);
    nodeOf(parent, at).children!.set(key, node);
    return node;
  };

  let scope: Data = data;
  let stack: StackItem[] = [];
  let stackScope: StackItem | undefined;
  let bufferKey: string | unknown[] | null = null;
  let bufferString = '';
  /** The node of the value the buffer would be appended to by an `:end`. */
  let bufferNode: ArchieNode | null = null;
  let isSkipping = false;
  let pos = 0;
  let stop = false;
  /** Where the current command's key (or bullet value) and value start. */
  let keyAt: ArchiePosition = { line: 1, column: 1 };
  let valueAt: ArchiePosition = { line: 1, column: 1 };

  const flushBuffer = () => {
    const result = bufferString;
    bufferString = '';
    bufferKey = null;
    bufferNode = null;
    return result;
  };

  /** A command empties the buffer: text after a one-line value is dropped. Say so on the value. */
  const flushForCommand = () => {
    if (bufferNode && bufferKey !== null && /\S/.test(bufferString)) {
      const start = pos - bufferString.length + bufferString.search(/\S/);
      const lines = bufferString.split('\n').filter((l) => l.trim()).length;
      bufferNode.dropped = { at: position(start), lines };
    }
    return flushBuffer();
  };

  const formatValue = (value: string, type: 'append' | 'replace') =>
    type === 'append' ? value.replace(/^(\s*)\\/gm, '$1') : value;

  const flushBufferInto = (key: string | unknown[], replace: boolean) => {
    const existingBufferKey = bufferKey;
    const existingNode = bufferNode;
    let value = flushBuffer();
    if (replace) {
      value = formatValue(value, 'replace').replace(/^\s*/, '');
      bufferString = /\s*$/.exec(value)![0];
      bufferKey = existingBufferKey;
      bufferNode = existingNode;
    } else {
      value = formatValue(value, 'append');
    }
    if (typeof key === 'object') {
      const index = key.length - 1;
      if (replace) {
        key[index] = '';
        const node: ArchieNode = { at: valueAt };
        nodeOf(key, keyAt).children!.set(index, node);
        bufferNode = node;
      }
      key[index] = (key[index] as string) + value.replace(/\s*$/, '');
    } else {
      const keyBits = key.split('.');
      let bufferScope: Data = scope;
      for (let i = 0; i < keyBits.length - 1; i++) {
        const bit = keyBits[i]!;
        if (typeof bufferScope[bit] === 'string') bufferScope[bit] = {};
        const next = (bufferScope[bit] || {}) as Data;
        if (!nodes.has(next)) madeContainer(bufferScope, bit, next, keyAt, keyAt);
        bufferScope = bufferScope[bit] = next;
      }
      const last = keyBits[keyBits.length - 1]!;
      if (replace) {
        const parent = nodeOf(bufferScope, keyAt);
        const earlier = Object.hasOwn(bufferScope, last) ? parent.children!.get(last) : undefined;
        bufferScope[last] = '';
        const node: ArchieNode = { at: valueAt, key: keyAt, ...(earlier ? { replaced: earlier.key ?? earlier.at } : {}) };
        parent.children!.set(last, node);
        bufferNode = node;
      }
      bufferScope[last] = (bufferScope[last] as string) + value.replace(/\s*$/, '');
    }
  };

  const incrementArrayElement = (key: string) => {
    if (stackScope && stackScope.array) {
      stackScope.arrayType = stackScope.arrayType || 'complex';
      if (stackScope.arrayType === 'simple') return;
      if (stackScope.arrayFirstKey === null || stackScope.arrayFirstKey === key) {
        const array = stackScope.array;
        array.push((scope = {}));
        madeContainer(array, array.length - 1, scope, keyAt);
      }
      if (stackScope.flags.includes('+')) {
        scope.type = key;
        nodeOf(scope, keyAt).children!.set('type', { at: keyAt });
      } else {
        stackScope.arrayFirstKey = stackScope.arrayFirstKey || key;
      }
    }
  };

  const parseStartKey = (key: string, restOfLine: string) => {
    flushForCommand();
    incrementArrayElement(key);
    if (stackScope && stackScope.flags.includes('+')) key = 'value';
    bufferKey = key;
    bufferString = restOfLine;
    flushBufferInto(key, true);
  };

  const parseArrayElement = (value: string) => {
    flushForCommand();
    const scopeItem = stackScope!;
    scopeItem.arrayType = scopeItem.arrayType || 'simple';
    scopeItem.array!.push('');
    bufferKey = scopeItem.array;
    bufferString = value;
    flushBufferInto(scopeItem.array!, true);
  };

  const parseCommandKey = (command: string) => {
    if (isSkipping && !(command === 'endskip' || command === 'ignore')) {
      flushBuffer();
      return;
    }
    switch (command) {
      case 'end':
        if (bufferKey) flushBufferInto(bufferKey, false);
        return;
      case 'ignore':
        stop = true;
        break;
      case 'skip':
        isSkipping = true;
        break;
      case 'endskip':
        isSkipping = false;
        break;
    }
    flushForCommand();
  };

  const parseScope = (scopeType: string, flags: string, scopeKey: string) => {
    flushForCommand();
    if (scopeKey === '') {
      const lastStackItem = stack.pop();
      scope = (lastStackItem ? lastStackItem.scope : data) || data;
      stackScope = stack[stack.length - 1];
      return;
    }
    let nesting = false;
    let keyScope: Data = data;
    if (flags.includes('.')) {
      incrementArrayElement(scopeKey);
      nesting = true;
      if (stackScope) keyScope = scope;
    } else {
      scope = data;
      stack = [];
    }
    let parsedScopeKey: string;
    if (stackScope && stackScope.flags.includes('+')) {
      parsedScopeKey = scopeKey;
    } else {
      const keyBits = scopeKey.split('.');
      for (let i = 0; i < keyBits.length - 1; i++) {
        const bit = keyBits[i]!;
        if (typeof keyScope[bit] === 'string' && keyScope[bit]) {
          // The package throws a TypeError here; say where and why instead.
          const earlier = nodeOf(keyScope, keyAt).children!.get(bit);
          const name = keyBits.slice(0, i + 1).join('.');
          throw new ArchieLineError(
            `"${name}" holds text${earlier ? ` (line ${(earlier.key ?? earlier.at).line})` : ''}, so this block cannot go inside it: rename one of them`,
            keyAt
          );
        }
        const next = (keyScope[bit] || {}) as Data;
        if (!nodes.has(next)) madeContainer(keyScope, bit, next, keyAt, keyAt);
        keyScope = keyScope[bit] = next;
      }
      parsedScopeKey = keyBits[keyBits.length - 1]!;
    }
    const stackScopeItem: StackItem = { array: null, arrayType: null, arrayFirstKey: null, flags, scope };
    const isNestedFreeform = !!stackScope && stackScope.flags.includes('+') && flags.includes('.');

    if (scopeType === '[') {
      if (isNestedFreeform) parsedScopeKey = 'value';
      const earlier = Object.hasOwn(keyScope, parsedScopeKey) ? nodeOf(keyScope, keyAt).children!.get(parsedScopeKey) : undefined;
      const array: unknown[] = [];
      keyScope[parsedScopeKey] = array;
      const node = madeContainer(keyScope, parsedScopeKey, array, keyAt, keyAt);
      if (earlier) node.replaced = earlier.key ?? earlier.at;
      stackScopeItem.array = array;
      if (flags.includes('+')) stackScopeItem.arrayType = 'freeform';
      if (nesting) stack.push(stackScopeItem);
      else stack = [stackScopeItem];
      stackScope = stack[stack.length - 1];
    } else {
      if (nesting) {
        if (isNestedFreeform) {
          const value: Data = {};
          scope.value = value;
          madeContainer(scope, 'value', value, keyAt, keyAt);
          scope = value;
        } else {
          const object: Data = {};
          keyScope[parsedScopeKey] = object;
          madeContainer(keyScope, parsedScopeKey, object, keyAt, keyAt);
          scope = keyScope = object;
        }
        stack.push(stackScopeItem);
      } else {
        const existing = keyScope[parsedScopeKey];
        // An object block reopens an object already there (the spec's one exception to "last wins").
        const object = (typeof existing === 'object' && existing !== null ? existing : {}) as Data;
        if (object !== existing) {
          keyScope[parsedScopeKey] = object;
          madeContainer(keyScope, parsedScopeKey, object, keyAt, keyAt);
        }
        scope = object;
        stack = [stackScopeItem];
      }
      stackScope = stack[stack.length - 1];
    }
  };

  const parseText = (line: string, at: number) => {
    if (stackScope && stackScope.flags.includes('+') && /[^\n\r\s]/.test(line)) {
      if (!stackScope.array) {
        // The package throws a TypeError here.
        throw new ArchieLineError('text inside a "{+block}": "+" (freeform) is for lists: write "[+name]"', position(at + line.search(/\S/)));
      }
      const array = stackScope.array;
      array.push({ type: 'text', value: line.replace(/(^\s*)|(\s*$)/g, '') });
      const lineAt = position(at + line.search(/\S/));
      const node = madeContainer(array, array.length - 1, array[array.length - 1] as object, lineAt);
      node.children!.set('type', { at: lineAt }).set('value', { at: lineAt });
    } else {
      bufferString += line;
    }
  };

  /** Escapes the lines of a JSON value left open on the key line that ends at `lineEnd`. */
  const escapeJsonBlock = (value: string, lineEnd: number) => {
    const rest = text.slice(lineEnd);
    const following = rest.split('\n');
    const count = jsonBlockLines(value, following);
    if (!count) return;
    const escaped = following.slice(0, count).map((line) => '\\' + line);
    text = text.slice(0, lineEnd) + [...escaped, ...following.slice(count)].join('\n');
    lineStarts = computeLineStarts(text);
  };

  const exec = (pattern: RegExp) => {
    pattern.lastIndex = pos;
    return pattern.exec(text);
  };
  const startOf = (match: RegExpExecArray, group: number) => match.indices![group]![0];

  while (pos < text.length && !stop) {
    try {
      step();
    } catch (error) {
      if (error instanceof ArchieLineError) throw error;
      // Any other failure is one the package shares: name the line rather than the stack.
      const start = pos + Math.max(0, text.slice(pos).search(/\S/));
      throw new ArchieLineError(`the archieml parser cannot read this line (${(error as Error)?.message ?? error})`, position(start));
    }
  }
  if (!stop) flushForCommand();
  return { text, data, root };

  /** Reads one command or line of text at `pos`, as one turn of the package's loop. */
  function step() {
    let match: RegExpExecArray | null;
    if ((match = exec(COMMAND_KEY))) {
      parseCommandKey(match[1]!.toLowerCase());
    } else if (!isSkipping && (match = exec(START_KEY)) && (!stackScope || stackScope.arrayType !== 'simple')) {
      const rest = match[2]!;
      const restStart = startOf(match, 2);
      keyAt = position(startOf(match, 1));
      const lead = /^\s*/.exec(rest)![0].length;
      valueAt = position(restStart + (lead < rest.length ? lead : 0));
      const lineEnd = restStart + rest.length;
      // In a freeform array every line is an item of its own: nothing spans lines there.
      if (rest.endsWith('\n') && !stackScope?.flags.includes('+')) escapeJsonBlock(rest, lineEnd);
      parseStartKey(match[1]!, rest);
    } else if (
      !isSkipping &&
      (match = exec(ARRAY_ELEMENT)) &&
      stackScope &&
      stackScope.array &&
      stackScope.arrayType !== 'complex' &&
      stackScope.arrayType !== 'freeform' &&
      !stackScope.flags.includes('+')
    ) {
      const rest = match[1]!;
      const restStart = startOf(match, 1);
      const lead = /^\s*/.exec(rest)![0].length;
      keyAt = position(match.index + match[0].search(/\*/));
      valueAt = position(restStart + (lead < rest.length ? lead : 0));
      parseArrayElement(rest);
    } else if (!isSkipping && (match = exec(SCOPE_PATTERN))) {
      keyAt = position(match[3] ? startOf(match, 3) : startOf(match, 1));
      valueAt = keyAt;
      parseScope(match[1]!, match[2]!, match[3]!);
    } else if ((match = exec(NEXT_LINE))) {
      parseText(match[0], pos);
    } else {
      parseText(text.slice(pos), pos);
      pos = text.length;
      return;
    }
    pos += match[0].length;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
