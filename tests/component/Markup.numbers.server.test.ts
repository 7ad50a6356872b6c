// @vitest-environment node
/**
 * Signed numbers in step text stay whole in right-to-left text ("+2,140" never shows as
 * "2,140+"), and left-to-right text is left exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Markup from '../../src/components/Markup.svelte';

const body = (text: string) => render(Markup, { props: { text } }).body.replace(/<!--[^>]*-->/g, '');

describe('<Markup> and signed numbers', () => {
  it('isolates a signed number in Hebrew and Arabic text, inside emphasis too', () => {
    expect(body('הליכוד זכה ב-32 מושבים (+2,140 קולות)')).toContain('\u2066+2,140\u2069');
    expect(body('المقاعد **+6** مقارنة بعام 2019')).toContain('<strong>\u2066+6\u2069</strong>');
  });

  it('leaves left-to-right text as written', () => {
    expect(body('Turnout rose by +2.5 points, to 70.6%')).toBe('Turnout rose by +2.5 points, to 70.6%');
  });
});
