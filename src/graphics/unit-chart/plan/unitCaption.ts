/**
 * The sentence that says what one mark stands for, in the story's language. The unit's
 * own words come from the story ("1,000 people"); only the frame around them is ours.
 */
const TEMPLATES: Record<string, (label: string) => string> = {
  en: (label) => `Each square = ${label}`,
  ar: (label) => `كل مربع = ${label}`,
  fr: (label) => `Chaque carré = ${label}`,
  de: (label) => `Jedes Quadrat = ${label}`,
  es: (label) => `Cada cuadrado = ${label}`,
  tr: (label) => `Her kare = ${label}`
};

export function unitCaption(label: string, lang: string): string {
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  return (TEMPLATES[base] ?? TEMPLATES.en!)(label);
}
