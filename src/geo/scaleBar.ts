/**
 * The longest round distance (1, 2, 5 × 10ⁿ km) whose bar fits in `maxPx` on screen, and
 * its length in px, given the ground km per screen px.
 */
const STEPS = [1, 2, 5];

export function scaleBar(kmPerPx: number, maxPx: number): { km: number; px: number } {
  const maxKm = kmPerPx * maxPx;
  if (!(maxKm > 0) || !Number.isFinite(maxKm)) return { km: 0, px: 0 };
  let best = 0;
  for (let power = 10 ** Math.floor(Math.log10(maxKm)) / 10; power <= maxKm; power *= 10) {
    for (const step of STEPS) if (step * power <= maxKm && step * power >= 1) best = step * power;
  }
  if (best === 0) best = 1;
  return { km: Math.round(best), px: best / kmPerPx };
}
