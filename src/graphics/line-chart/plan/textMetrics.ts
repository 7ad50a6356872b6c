/**
 * Text sizes estimated from character counts, so the layout can make room for titles,
 * labels and notes before anything is measured (a server render has nothing to measure).
 * The estimate errs wide: a sans-serif averages under CHAR_WIDTH em per character. Wide
 * (East Asian) characters count a full em.
 */

/** Average advance of a character in em for the UI sans-serif, rounded up. */
const CHAR_WIDTH = 0.56;
/** Bold text is wider. */
const BOLD_CHAR_WIDTH = 0.61;
/** Characters that take a full em: CJK, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
/** Format characters (direction marks, isolates) that take no room. */
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Line height, px. */
  line: number;
  bold?: boolean;
}

/** Width of one line of `text`, px. */
export function textWidth(text: string, style: Pick<TextStyle, 'size' | 'bold'>): number {
  const plain = text.replace(ZERO_WIDTH, '');
  const wide = plain.match(WIDE)?.length ?? 0;
  const narrow = [...plain].length - wide;
  return (narrow * (style.bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH) + wide) * style.size;
}

/** Cuts a line to `width`, ending it with an ellipsis. */
function shorten(line: string, width: number, style: TextStyle): string {
  const chars = [...line];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, style) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Where a line may break: white space, but not the no-break spaces that keep "4.8 m" or "Note :" together. */
const BREAK = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/;

/**
 * `text` broken into lines of at most `width` px at spaces, at most `maxLines` of them; a
 * word longer than a line is cut, and text beyond the last line ends in an ellipsis. Lines
 * are balanced: text that needs two lines gets two of about the same length, not a full
 * line and a last word alone.
 */
export function wrapText(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  const greedy = wrapGreedy(text, width, style, maxLines);
  if (greedy.length < 2 || greedy.some((line) => line.endsWith('…'))) return greedy;
  // The narrowest width that still takes as many lines, to the pixel.
  let lo = width / greedy.length;
  let hi = width;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const lines = wrapGreedy(text, mid, style, maxLines);
    if (lines.length <= greedy.length && !lines.some((line) => line.endsWith('…'))) hi = mid;
    else lo = mid;
  }
  return wrapGreedy(text, hi, style, maxLines);
}

function wrapGreedy(text: string, width: number, style: TextStyle, maxLines: number): string[] {
  const lines: string[] = [];
  const words = text.split(BREAK).filter(Boolean);
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && textWidth(`${line} ${words[i]}`, style) <= width) line += ` ${words[i++]}`;
    if (textWidth(line, style) > width) line = shorten(line, width, style);
    lines.push(line);
  }
  if (i < words.length && lines.length) {
    const last = lines.length - 1;
    lines[last] = shorten(`${lines[last]!.replace(/…$/, '')} ${words[i]}`, width, style);
  }
  return lines;
}

/** Width of the widest of some lines, px. */
export function linesWidth(lines: readonly string[], style: TextStyle): number {
  return lines.reduce((widest, line) => Math.max(widest, textWidth(line, style)), 0);
}
