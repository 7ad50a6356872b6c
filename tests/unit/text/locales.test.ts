import { describe, expect, it } from 'vitest';
import { CORE_STRINGS } from '../../../src/text/locales.js';
import { storyWords } from '../../../src/text/storyWords.js';
import { formatDate } from '../../../src/text/formatDate.js';
import { templateMarks } from '../../../src/text/fillTemplate.js';

describe('the explainer’s own words', () => {
  it('come in the story’s language, by its base language, English for the rest', () => {
    expect(storyWords({ lang: 'ar' })('sources')).toBe('المصادر والمنهجية');
    expect(storyWords({ lang: 'ar-SY' })('skip')).toBe(storyWords({ lang: 'ar' })('skip'));
    expect(storyWords({ lang: 'fr' })('sources')).toBe('Sources et méthode');
    expect(storyWords({ lang: 'pt-BR' })('sources')).toBe('Sources and method');
  });

  it('give way to the story’s own', () => {
    expect(storyWords({ lang: 'he', strings: { viewData: 'לנתונים' } })('viewData')).toBe('לנתונים');
  });

  it('fill their {marks}', () => {
    expect(storyWords({ lang: 'de' })('stepNumber', { n: '5' })).toBe('Schritt 5');
  });

  it.each(Object.keys(CORE_STRINGS))('in %s, have every English key, with the same {marks}', (lang) => {
    const table = CORE_STRINGS[lang]!;
    for (const [key, english] of Object.entries(CORE_STRINGS.en)) {
      expect(table[key as keyof typeof table], `${lang}.${key}`).toBeTypeOf('string');
      expect(templateMarks(table[key as keyof typeof table]!).sort(), `${lang}.${key}`).toEqual(templateMarks(english).sort());
    }
  });
});

describe('formatDate', () => {
  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2020-02-08', 'en-GB')).toBe('8 February 2020');
    expect(formatDate('2020-02-08', 'en-US')).toBe('February 8, 2020');
  });
});
