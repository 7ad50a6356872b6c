/**
 * Breaks styled text into lines for SVG, which does not wrap: words go on a line while
 * `estimateLines` (the estimate the unit-chart layout reserved room with) still counts the
 * line as one, so a snapshot's headings fill exactly the height the layout gave them.
 * Each word keeps the kind of the run it came from (a swatch, a key, a source).
 */
import { estimateLines, type TextStyle } from '../../graphics/unit-chart/plan/headMetrics.js';

export interface TextRun<K extends string = string> {
  text: string;
  kind: K;
}

/** Lines of runs; consecutive words of one kind are merged, a run after another starts with its space. */
export function wrapRuns<K extends string>(runs: readonly TextRun<K>[], width: number, style: TextStyle): TextRun<K>[][] {
  const words = runs.flatMap((run) =>
    run.text
      .split(/\s+/)
      .filter(Boolean)
      .map((text) => ({ text, kind: run.kind }))
  );
  const lines: TextRun<K>[][] = [];
  let line: TextRun<K>[] = [];
  let text = '';
  for (const word of words) {
    const next = text ? `${text} ${word.text}` : word.text;
    if (text && estimateLines(next, width, style) > 1) {
      lines.push(line);
      line = [];
      text = word.text;
    } else {
      text = next;
    }
    const last = line[line.length - 1];
    if (last && last.kind === word.kind) last.text += ` ${word.text}`;
    else line.push({ text: line.length ? ` ${word.text}` : word.text, kind: word.kind });
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Baseline of a line of `style` whose line box starts at `top`: half-leading, then the ascent of a typical sans-serif. */
export function baseline(top: number, style: TextStyle): number {
  // (ascent - descent) / 2 is about 0.35 em for system sans-serifs (Arial 0.905/0.212, Roboto 0.93/0.24).
  return top + style.line / 2 + 0.35 * style.size;
}
