import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, locateJsonPath, scanJson } from '../../../src/schema/locateJsonPath.js';

/** Joins lines with `\n`; the CRLF cases say so. */
const lines = (...rows: string[]) => rows.join('\n');

const STORY = lines(
  '{',
  '  "title": "Idlib",',
  '  "steps": [',
  '    { "id": "a", "text": "one" },',
  '    {',
  '      "id": "b",',
  '      "text": 12',
  '    }',
  '  ]',
  '}'
);

describe('locateJsonPath', () => {
  it.each([
    ['the root', STORY, [], 1, 1],
    ['a top-level value', STORY, ['title'], 2, 12],
    ['an array', STORY, ['steps'], 3, 12],
    ['an item on one line', STORY, ['steps', 0], 4, 5],
    ['a value inside an item', STORY, ['steps', 0, 'text'], 4, 26],
    ['a value on its own line', STORY, ['steps', 1, 'text'], 7, 15],
    ['a missing key: its parent object', STORY, ['steps', 1, 'graphic'], 5, 5],
    ['a missing key deeper down: the deepest object that exists', STORY, ['steps', 1, 'graphic', 'view', 'zoom'], 5, 5],
    ['a missing index: the array', STORY, ['steps', 7], 3, 12],
    ['a path through a scalar: the scalar', STORY, ['title', 'x'], 2, 12],
    ['an index into an object: the object', STORY, ['steps', 0, 3], 4, 5],
    ['after escapes in a string', '{"a": "x\\"y\\\\", "b": 1}', ['b'], 1, 22],
    ['after a \\u escape', '{"a": "\\u00e9\\ud83d\\ude00", "b": true}', ['b'], 1, 34],
    ['a key written with escapes', '{"\\u0062": 1}', ['b'], 1, 12],
    ['after Arabic text (UTF-16 columns)', '{"a": "حلب", "b": null}', ['b'], 1, 19],
    ['after an emoji (two UTF-16 units)', '{"a": "😀", "b": 0}', ['b'], 1, 18],
    ['with CRLF line ends', '{\r\n  "a": 1,\r\n  "b": [\r\n    2\r\n  ]\r\n}', ['b', 0], 4, 5],
    ['with lone CR line ends', '{\r"a": 1,\r"b": 2}', ['b'], 3, 6],
    ['a duplicate key: the last one, as JSON.parse keeps', '{"a": 1,\n "a": 2}', ['a'], 2, 7],
    ['a key named like an Object method', '{"constructor": 5}', ['constructor'], 1, 17],
    ['a number with exponent', '[1.5e-3, -0, 2]', [2], 1, 14]
  ] as const)('%s', (_name, source, segments, line, column) => {
    expect(locateJsonPath(source, segments)).toEqual({ line, column });
  });

  it('points at the key itself when asked (for a field that should not be there)', () => {
    expect(locateJsonPath(STORY, ['steps', 1, 'text'], { key: true })).toEqual({ line: 7, column: 7 });
  });

  it('scans once and locates many paths from the result', () => {
    const scanned = scanJson(STORY);
    expect(locateJsonPath(scanned, ['title'])).toEqual({ line: 2, column: 12 });
    expect(locateJsonPath(scanned, ['steps', 1, 'id'])).toEqual({ line: 6, column: 13 });
  });

  it('lists duplicate keys with both positions', () => {
    const { duplicates } = scanJson('{"s": [{"id": 1, "id": 2}]}');
    expect(duplicates).toEqual([{ segments: ['s', 0, 'id'], offset: 17, firstOffset: 8 }]);
  });

  it('survives nesting deep enough to overflow a recursive parser', () => {
    const depth = 100_000;
    const source = '['.repeat(depth) + ']'.repeat(depth);
    expect(locateJsonPath(source, [0, 0, 0])).toEqual({ line: 1, column: 4 });
  });
});

describe('scanJson syntax errors', () => {
  it.each([
    ['an empty file', '', 1, 1, 'the file is empty'],
    ['only spaces', '  \n ', 2, 2, 'the file is empty'],
    ['a missing comma between properties: at the end of the first', '{\n  "a": 1\n  "b": 2\n}', 2, 9, 'missing "," after this property'],
    ['a missing comma between items', '[1 2]', 1, 3, 'missing "," after this item'],
    ['a trailing comma', '{"a": 1,\n}', 1, 8, 'trailing comma before "}": remove it'],
    ['a trailing comma in an array', '[1, 2, ]', 1, 6, 'trailing comma before "]"'],
    ['an unquoted key', '{ id: 1 }', 1, 3, 'expected a property name, got "i"'],
    ['single quotes', "{'a': 1}", 1, 2, 'use double quotes'],
    ['a single-quoted value', "{\"a\": 'x'}", 1, 7, 'double quotes'],
    ['a missing colon', '{"a" 1}', 1, 6, 'expected ":" after the property name "a", got "1"'],
    ['a comment', '{\n  // note\n  "a": 1}', 2, 3, 'comments are not allowed'],
    ['a block comment', '[1 /* x */]', 1, 4, 'comments are not allowed'],
    ['NaN', '{"zoom": NaN}', 1, 10, 'unexpected word NaN: JSON has no NaN'],
    ['Infinity', '[Infinity]', 1, 2, 'JSON has no Infinity'],
    ['-Infinity', '[-Infinity]', 1, 2, 'a number must have digits after "-"'],
    ['undefined', '{"a": undefined}', 1, 7, 'JSON has no undefined'],
    ['True', '[True]', 1, 2, 'write true in lower case'],
    ['a bare word', '{"a": saraqeb}', 1, 7, 'text values must be in double quotes'],
    ['a leading zero', '[012]', 1, 2, 'numbers cannot start with 0'],
    ['a leading plus', '[+1]', 1, 2, 'numbers cannot start with "+"'],
    ['a bare decimal point', '[.5]', 1, 2, 'a digit before the decimal point'],
    ['a trailing decimal point', '[1.]', 1, 3, 'digits after the decimal point'],
    ['an empty exponent', '[1e]', 1, 3, 'digits after the exponent'],
    ['an unclosed string', '{"a": "abc', 1, 7, 'this string is never closed'],
    ['a line break in a string', '{"a": "ab\ncd"}', 1, 10, 'line break inside a string'],
    ['a CRLF in a string', '{"a": "ab\r\ncd"}', 1, 10, 'line break inside a string'],
    ['a tab in a string', '["a\tb"]', 1, 4, 'control character U+0009 inside a string'],
    ['a bad escape', '["a\\x"]', 1, 4, 'invalid escape "\\\\x"'],
    ['a short \\u escape', '["\\u12"]', 1, 3, 'four hex digits'],
    ['an unclosed object', '{\n  "a": [1, 2]\n', 3, 1, 'the "{" at 1:1 is never closed'],
    ['an unclosed array after a comma', '{"a": [1,', 1, 10, 'the "[" at 1:7 is never closed'],
    ['a missing value', '{"a": }', 1, 7, 'expected a value for "a", got "}"'],
    ['a second value', '{} {}', 1, 4, 'unexpected "{" after the end of the JSON value'],
    ['a byte-order mark (the CLI strips it first)', '\uFEFF{}', 1, 1, 'expected a JSON value'],
    ['a position after CRLF lines', '{\r\n"a": 1,\r\n"b": x}', 3, 6, 'unexpected word x']
  ] as const)('%s', (_name, source, line, column, message) => {
    let error: unknown;
    try {
      scanJson(source);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const syntax = error as JsonSyntaxError;
    expect(syntax.message).toContain(message);
    expect({ line: syntax.line, column: syntax.column }).toEqual({ line, column });
  });

  // The scanner must accept exactly what JSON.parse accepts, or validate would report
  // a syntax error JSON.parse does not (or miss one).
  it.each([
    '{}', '[]', '0', '-0.5e+10', '1E5', '"\\/\\b\\f\\n\\r\\t\\u00FF"', ' \t\r\n true ', 'null', '"\\ud800"',
    '{"a":{"b":[{"c":[]}]}}', '"a\u2028b"', '[1,]', '[01]', '{"a":1,}', '"\\a"', '[1 2]', '"\u0000"', 'tru', '[-]',
    '1.5.3', '{"a" : 1 , "b" : [ 2 , 3 ] }', '\u00a0{}', '[1e+]', '"\\uD83D\\uDE00"'
  ])('agrees with JSON.parse on %j', (source) => {
    let parses = true;
    try {
      JSON.parse(source);
    } catch {
      parses = false;
    }
    let scans = true;
    try {
      scanJson(source);
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      scans = false;
    }
    expect(scans).toBe(parses);
  });
});
