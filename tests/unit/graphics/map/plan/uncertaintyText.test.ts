import { describe, expect, it } from 'vitest';
import { uncertaintyText } from '../../../../../src/graphics/map/plan/uncertaintyText.js';

describe('uncertaintyText', () => {
  it('writes sub-kilometre uncertainty with its decimals, never "0"', () => {
    expect(uncertaintyText(0.3, 'en')).toBe('0.3');
    expect(uncertaintyText(0.25, 'es')).toBe('0,3');
    expect(uncertaintyText(0.05, 'en')).toBe('0.05');
    expect(uncertaintyText(7, 'en')).toBe('7');
    expect(uncertaintyText(2.5, 'fr')).toBe('2,5');
    expect(uncertaintyText(12.4, 'en')).toBe('12');
  });
  it('falls back to English digits for a language tag Intl does not take', () => {
    expect(uncertaintyText(0.3, 'not a tag')).toBe('0.3');
  });
});
