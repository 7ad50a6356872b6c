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

  it('reads a URL with balanced parentheses whole, with nothing stray after it', () => {
    expect(parseMarkup('Le [Mur](https://fr.wikipedia.org/wiki/Mur_(course_à_pied)), une course.')).toEqual([
      { kind: 'text', text: 'Le ' },
      { kind: 'link', text: 'Mur', href: 'https://fr.wikipedia.org/wiki/Mur_(course_à_pied)' },
      { kind: 'text', text: ', une course.' }
    ]);
    expect(parseMarkup('[a](https://x.org/f(x(y)))')).toEqual([{ kind: 'link', text: 'a', href: 'https://x.org/f(x(y))' }]);
  });

  it.each([
    // The first unbalanced ")" ends the URL; the rest is text.
    ['[a](https://x.org/a)b)', [{ kind: 'link', text: 'a', href: 'https://x.org/a' }, { kind: 'text', text: 'b)' }]],
    ['[a](https://x.org/a_(b))) x', [{ kind: 'link', text: 'a', href: 'https://x.org/a_(b)' }, { kind: 'text', text: ') x' }]],
    // An unclosed "(" leaves no ")" to end the link: no link at all.
    ['[a](https://x.org/a(b)', [{ kind: 'text', text: '[a](https://x.org/a(b)' }]],
    // A space ends a URL without a closing ")": no link.
    ['[a](https://x.org/a b)', [{ kind: 'text', text: '[a](https://x.org/a b)' }]]
  ])('reads parentheses in %j as CommonMark does', (source, expected) => {
    expect(parseMarkup(source)).toEqual(expected);
  });

  it('names an unsafe URL with parentheses whole, as the renderer reads it', () => {
    expect(unsafeLinks('[x](javascript:alert(1)) and [y](https://x.org/(ok))')).toEqual(['javascript:alert(1)']);
  });

  it('keeps the reader-visible text in plainText', () => {
    expect(plainText('The **M5** runs [north](https://x.org).')).toBe('The M5 runs north.');
  });
});
