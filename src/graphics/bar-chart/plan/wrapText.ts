/**
 * Lines a text wraps to in a width, as a browser would break it at spaces: each line takes
 * words while it fits. A word wider than the whole width (a long compound, a URL) is broken
 * between characters rather than left to run out of the chart.
 */
import { estimateTextWidth, type MeasureText, type TextStyle } from './textWidth.js';

export function wrapText(text: string, width: number, style: TextStyle, measure: MeasureText = estimateTextWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, style) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, style) <= width) {
      line = word;
      continue;
    }
    // A word wider than a line: as many characters as fit on each line.
    for (const char of word) {
      if (line && measure(line + char, style) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Widest line, px. */
export function widestLine(lines: readonly string[], style: TextStyle, measure: MeasureText = estimateTextWidth): number {
  return lines.reduce((most, line) => Math.max(most, measure(line, style)), 0);
}
