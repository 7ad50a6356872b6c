import archieml from 'archieml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archieLines, ArchieLineError, jsonBlockLines, normalizeLines, type ArchieNode } from '../../../src/authoring/archieLines.js';
import { FUZZ_SEED, fuzzRuns } from '../fuzz/storyMutations.js';

/** The node at a data path. */
function at(root: ArchieNode, ...path: (string | number)[]): ArchieNode {
  let node = root;
  for (const segment of path) {
    const next = node.children?.get(segment);
    if (!next) throw new Error(`no node at ${path.join('.')} (stopped at ${String(segment)})`);
    node = next;
  }
  return node;
}
/** Paths of the data that have no node: every value must have a place. */
function unplaced(value: unknown, node: ArchieNode, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const child = node.children?.get(Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key);
    return child ? unplaced(item, child, `${path}/${key}`) : [`${path}/${key}`];
  });
}
const pos = (node: ArchieNode) => `${node.at.line}:${node.at.column}`;
const keyPos = (node: ArchieNode) => `${node.key!.line}:${node.key!.column}`;

/** Documents that use every part of the grammar, each checked against the package. */
const DOCUMENTS: Record<string, string> = {
  'keys and values': 'key: value\n  other :  spaced value  \nempty:\n',
  'dot keys': 'a.b.c: deep\na.d: beside\n',
  'multi-line values': 'text: one\n\ntwo\n\\:end is text\n:end\nafter: x\n',
  'object blocks, reopened': '{scope}\nfirst: 1\n{}\n{scope}\nsecond: 2\n{}\n',
  'nested object blocks': '{scope}\n{.scope}\nkey: value\n{}\nkey: value\n{.other}\nk: v\n{newScope}\nkey: value\n',
  'object arrays': '[array]\nname: a\nx: 1\n\nname: b\nx: 2\n[]\n',
  'string arrays': '[list]\n* one\n* two\nthat goes on\n:end\nkey: not a key in a string array\n[]\n',
  'nested arrays': '[array]\nkey: Depth 1\n[.subarray]\nsubkey: Depth 2\n[]\nanotherkey: Depth 1\n[]\n',
  'freeform arrays': '[+free]\nh1: A title\nSome text.\n\nmore text\n[]\n',
  'skip and ignore': 'a: 1\n:skip\nb: 2\n:endskip\nc: 3\n:ignore\nd: 4\n',
  'text outside keys': 'A note for the desk.\n\ntitle: Hello\nAnother note: with a space\n',
  'keys given twice': 'key: first\nkey: second\n[list]\n* x\n[]\n[list]\n* y\n[]\n',
  'an array item that starts with another key': '[steps]\nid: a\nkicker: one\n\nkicker: two\nid: b\n[]\n',
  'JSON over several lines': 'graphic: {"type": "map",\n  "view": {"fit": ["a"]},\n  "routes": ["m5"]\n}\n:end\nnext: 1\n',
  'a JSON list over several lines': 'coordinates: [\n  [36.7, 35.1],\n  [36.8, 35.8]\n]\n\n:end\n',
  'JSON over several lines with no :end': 'graphic: {"type": "map",\n  "view": 1}\nnext: 1\n',
  'JSON closed on its line': 'graphic: {"type": "map"}\n"view": 2\n:end\n',
  'text in brackets is not JSON': 'text: [Link](https://example.org) and more\n"quoted": line\n:end\n',
  'unicode keys': 'clé: valeur\n键: 值\n',
  'no newline at the end': 'a: 1\nb: 2'
};

describe('archieLines', () => {
  it.each(Object.entries(DOCUMENTS))('reads %s as the archieml package does', (_, source) => {
    const lines = archieLines(source);
    expect(lines.data).toEqual(archieml.load(lines.text));
  });

  it('records the line and column of each value and key', () => {
    const { root } = archieLines('title: Hello\n  dek:   Indented\n\n[steps]\nid: one\ntext: First\n\nid: two\n[]\n');
    expect(pos(at(root, 'title'))).toBe('1:8');
    expect(keyPos(at(root, 'title'))).toBe('1:1');
    expect(pos(at(root, 'dek'))).toBe('2:10');
    expect(keyPos(at(root, 'dek'))).toBe('2:3');
    expect(pos(at(root, 'steps'))).toBe('4:2');
    expect(pos(at(root, 'steps', 0))).toBe('5:1');
    expect(pos(at(root, 'steps', 0, 'text'))).toBe('6:7');
    expect(pos(at(root, 'steps', 1))).toBe('8:1');
    expect(pos(at(root, 'steps', 1, 'id'))).toBe('8:5');
  });

  it('places string array items, dot keys, blocks and freeform lines', () => {
    const { root } = archieLines('[list]\n* one\n  *   two\n[]\n{layout}\ngraphic: end\n{}\na.b: x\n[+free]\nh1: Title\n  plain text\n[]\n');
    expect(pos(at(root, 'list', 0))).toBe('2:3');
    expect(pos(at(root, 'list', 1))).toBe('3:7');
    expect(pos(at(root, 'layout'))).toBe('5:2');
    expect(pos(at(root, 'layout', 'graphic'))).toBe('6:10');
    expect(pos(at(root, 'a'))).toBe('8:1');
    expect(pos(at(root, 'a', 'b'))).toBe('8:6');
    expect(pos(at(root, 'free', 0, 'value'))).toBe('10:5');
    expect(pos(at(root, 'free', 1, 'value'))).toBe('11:3');
  });

  it('places a multi-line value at its first line', () => {
    const { root, data } = archieLines('x: 1\ntext: First paragraph.\n\nSecond.\n:end\n');
    expect(data.text).toBe('First paragraph.\n\nSecond.');
    expect(pos(at(root, 'text'))).toBe('2:7');
  });

  it('takes JSON that a key line leaves open up to :end, escaping its lines for the parser', () => {
    const source = 'graphic: {"type": "map",\n  "routes": ["m5"],\n  ["not a block"]\n}\n:end\nnext: 1\n';
    const lines = archieLines(source);
    expect(lines.text).toBe('graphic: {"type": "map",\n\\  "routes": ["m5"],\n\\  ["not a block"]\n\\}\n:end\nnext: 1\n');
    expect(lines.data).toEqual({ graphic: '{"type": "map",\n  "routes": ["m5"],\n  ["not a block"]\n}', next: '1' });
    expect(lines.data).toEqual(archieml.load(lines.text));
    // Without the escapes, ArchieML reads "routes" as a key and ["not a block"] as a list.
    expect(archieml.load(source)).not.toEqual(lines.data);
    expect(pos(at(lines.root, 'next'))).toBe('6:7');
  });

  it('reads curly quotes as quotes when it follows JSON brackets', () => {
    const lines = archieLines('graphic: {\u201Ctype\u201D: \u201Cmap [x\u201D,\n  \u201Cscrub\u201D: true}\n:end\n');
    expect(lines.data.graphic).toBe('{\u201Ctype\u201D: \u201Cmap [x\u201D,\n  \u201Cscrub\u201D: true}');
  });

  it.each([
    ['a value closed on its line', '{"a": 1}', ['"b": 2', ':end'], 0],
    ['text that starts with a bracket', '[Link](https://x.org) text [', ['"b": 2', ':end'], 0],
    ['a block with no :end', '{"a": [1,', ['2]}', 'next: 1'], 0],
    ['a block cut by :skip', '{"a": [1,', ['2]}', ':skip'], 0],
    ['a block up to :end', '{"a": [1,', ['2]}', ':end'], 1],
    ['a block with blank lines before :end', '[', ['1,', '2', ']', '', ':end this'], 4],
    ['a block still open at :end (reported as bad JSON later)', '{"a": [1,', ['2', ':end'], 1],
    ['not :endskip', '{"a":', ['1}', ':endskip'], 0]
  ])('jsonBlockLines: %s', (_, value, following, count) => {
    expect(jsonBlockLines(value, following)).toBe(count);
  });

  it('notes text that ArchieML drops after a one-line value', () => {
    const { root } = archieLines('[steps]\nid: a\ntext: First paragraph.\n\nSecond paragraph.\nThird.\nsources: afp\n\nid: b\ntext: fine\n:end\n[]\ntitle: x\nlast line\n');
    expect(at(root, 'steps', 0, 'text').dropped).toEqual({ at: { line: 5, column: 1 }, lines: 2 });
    expect(at(root, 'steps', 0, 'sources').dropped).toBeUndefined();
    expect(at(root, 'steps', 1, 'text').dropped).toBeUndefined();
    expect(at(root, 'title').dropped).toEqual({ at: { line: 14, column: 1 }, lines: 1 });
  });

  it('does not note text in a skip block, or desk notes after an :end', () => {
    const { root } = archieLines('a: 1\n:skip\nnotes\n:endskip\nb: 2\n:end\nnote for the desk\nc: 3\n');
    expect(at(root, 'a').dropped).toBeUndefined();
    expect(at(root, 'b').dropped).toBeUndefined();
  });

  it('marks a value that replaced an earlier one, and a list defined twice', () => {
    const { root } = archieLines('key: first\nkey: second\n[list]\n* x\n[]\n[list]\n* y\n[]\n');
    expect(at(root, 'key').replaced).toEqual({ line: 1, column: 1 });
    expect(at(root, 'list').replaced).toEqual({ line: 3, column: 2 });
  });

  it('reads \\r\\n, \\r and a byte-order mark as editors do', () => {
    expect(normalizeLines('\uFEFFa: 1\r\nb: 2\rc: 3\u2028d: 4')).toBe('a: 1\nb: 2\nc: 3\nd: 4');
    const { root } = archieLines('\uFEFFa: 1\r\n\r\nb: 2\r\n');
    expect(pos(at(root, 'a'))).toBe('1:4');
    expect(pos(at(root, 'b'))).toBe('3:4');
  });

  it('names the line of a block opened inside a text value, where the package throws', () => {
    const source = 'a: text\n\n[a.b]\nk: v\n';
    expect(() => archieml.load(source)).toThrow(TypeError);
    let caught: unknown;
    try {
      archieLines(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArchieLineError);
    expect(caught).toMatchObject({ line: 3, column: 2, message: '"a" holds text (line 1), so this block cannot go inside it: rename one of them' });
  });

  it('gives the same data as the archieml package for any mix of its lines', () => {
    const key = fc.constantFrom('a', 'b', 'id', 'text', 'a.b', 'x.y.z', 'Key', 'é');
    const value = fc.constantFrom('', 'v', 'two words', '[x]', '{"a": [1,', '{"a": 1}', '\\:end', 'x: y');
    const line = fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(fc.constantFrom('[', '{'), fc.constantFrom('', '.', '+', '.+'), key).map(([b, f, k]) => `${b}${f}${k}${b === '[' ? ']' : '}'}`),
      fc.constantFrom('[]', '{}', ':end', ':skip', ':endskip', ':ignore', '* item', '*', '', ' ', 'plain text', '\\key: escaped'),
      fc.constantFrom('  "view": {"fit": ["a"]},', '  ["m5"]', '}', ']', '  [1, 2]')
    );
    const document = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(document, (source) => {
        let expected: unknown;
        const lines = (() => {
          try {
            return archieLines(source);
          } catch (error) {
            if (!(error instanceof ArchieLineError)) throw error;
            return null;
          }
        })();
        if (!lines) {
          // Where the indexer refuses, the package throws too.
          expect(() => archieml.load(normalizeLines(source))).toThrow();
          return;
        }
        try {
          expected = archieml.load(lines.text);
        } catch {
          expected = 'threw';
        }
        expect(lines.data).toEqual(expected);
        expect(unplaced(lines.data, lines.root)).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(2000) }
    );
  });
});
