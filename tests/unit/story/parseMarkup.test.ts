import { describe, expect, it } from 'vitest';
import { parseMarkup, plainText, unsafeLinks } from '../../../src/story/parseMarkup.js';

describe('parseMarkup', () => {
  it.each([
    ['plain text', [{ kind: 'text', text: 'plain text' }]],
    ['a *b* c', [{ kind: 'text', text: 'a ' }, { kind: 'em', text: 'b' }, { kind: 'text', text: ' c' }]],
    ['**bold**', [{ kind: 'strong', text: 'bold' }]],
    [
      'see [AFP](https://afp.com)',
      [
        { kind: 'text', text: 'see ' },
        { kind: 'link', text: 'AFP', href: 'https://afp.com' }
      ]
    ],
    ['2 * 3 = 6', [{ kind: 'text', text: '2 * 3 = 6' }]],
    ['<b>not html</b>', [{ kind: 'text', text: '<b>not html</b>' }]]
  ])('parses %j', (source, expected) => {
    expect(parseMarkup(source)).toEqual(expected);
  });

  it.each(['[x](javascript:alert(1))', '[x](data:text/html,hi)', '[x](vbscript:y)'])(
    'keeps a link with an unsafe URL as literal text: %s',
    (source) => {
      expect(parseMarkup(source).every((t) => t.kind === 'text')).toBe(true);
      expect(plainText(source)).toBe(source);
    }
  );

  it('lists links that are not http(s) or mailto', () => {
    expect(unsafeLinks('[a](https://x.org) [b](data:text/html,hi) [c](mailto:x@y.z)')).toEqual(['data:text/html,hi']);
  });

  it('keeps the reader-visible text in plainText', () => {
    expect(plainText('The **M5** runs [north](https://x.org).')).toBe('The M5 runs north.');
  });
});
