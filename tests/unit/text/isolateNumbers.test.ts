import { describe, expect, it } from 'vitest';
import { isolateNumbers, LRI, PDI } from '../../../src/text/isolateNumbers.js';

/** The text with its isolates shown as ⟨ ⟩. */
const shown = (text: string) => text.replaceAll(LRI, '⟨').replaceAll(PDI, '⟩');

describe('isolateNumbers', () => {
  it.each([
    ['+2', '⟨+2⟩'],
    ['84,312 (+2,140)', '84,312 (⟨+2,140⟩)'],
    ['19,544 (−1,302)', '19,544 (⟨−1,302⟩)'],
    ['-3.5% since May', '⟨-3.5%⟩ since May'],
    ['±0.4', '⟨±0.4⟩'],
    ['+2 מושבים', '⟨+2⟩ מושבים'],
    ['הליכוד +2, העבודה -1', 'הליכוד ⟨+2⟩, העבודה ⟨-1⟩'],
    // French groups digits with a narrow no-break space.
    ['1\u202f000 (+1\u202f000)', '1\u202f000 (⟨+1\u202f000⟩)']
  ])('isolates the signed numbers of %j', (text, expected) => {
    expect(shown(isolateNumbers(text))).toBe(expected);
  });

  it.each([
    ['580,000'],
    ['more than 580,000'],
    ['COVID-19'],
    ['2019-2020'],
    ['x+2'],
    ['+ 2'],
    ['+٢'],
    ['']
  ])('leaves %j as it is: no sign, a sign stuck to a word, or Arabic-Indic digits', (text) => {
    expect(isolateNumbers(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = isolateNumbers('a +2, b −1,302 and +3%');
    expect(isolateNumbers(once)).toBe(once);
  });
});
