/**
 * The credits a basemap records: Natural Earth always (every basemap draws its countries),
 * then the author's own for their layers, each once, in the order given.
 */
export const NATURAL_EARTH = 'Natural Earth';

export function basemapCredits(extra: readonly string[] = []): string[] {
  const credits = [NATURAL_EARTH];
  for (const credit of extra.map((c) => c.trim())) if (credit && !credits.includes(credit)) credits.push(credit);
  return credits;
}
