/**
 * A colour interpolator for the few colours marks take: `#rgb`, `#rrggbb` and `rgb(r, g, b)`
 * (what a previous interpolation left on screen). d3-interpolate's `interpolateRgb` would
 * do the same but pulls the whole of d3-color into the embed for three palette colours.
 * Anything else switches at the midpoint.
 */
type Rgb = [number, number, number];

function parse(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)$/i.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

export function interpolateColor(from: string, to: string): (t: number) => string {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return (t) => (t < 0.5 ? from : to);
  return (t) => {
    if (t >= 1) return to;
    const c = a.map((v, i) => Math.round(v + (b[i]! - v) * t));
    return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
  };
}
