/**
 * A change of a bar chart from what is on screen to a new state, planned once and then
 * sampled at any point t (0..1) of it: by a timer (eased) when a step changes, or by the
 * reader's scroll in a `scrub` step. Bars are matched by id. A bar in both moves to its new
 * place, length and colour while its number counts to the new value; a new bar grows from
 * the zero line as it fades in; a bar that leaves shrinks back to its zero line and fades
 * out in the first half. Texts whose anchor changes (a value moving into its bar) travel
 * from where they were, measured from the new anchor. Sampling at 1 gives the state itself.
 */
import { interpolateColor } from '../../../chart/interpolateColor.js';
import type { Anchor } from './layoutBars.js';
import type { BarFrame, BarMark } from './barFrame.js';

export interface BarTransition {
  /** What is on screen at t (0..1). */
  at(t: number): BarFrame;
  /** Nothing changes: `at` is the target at any t. */
  still: boolean;
}

/** Share of the change an entering bar waits before fading in: moving bars make room first. */
const ENTER_DELAY = 0.25;
/** Share of the change over which a leaving bar fades out. */
const EXIT_SPAN = 0.5;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const clamp01 = (t: number) => Math.min(1, Math.max(0, t));

interface Pair {
  from: BarMark;
  to: BarMark;
  fill: (t: number) => string;
  labelFill: (t: number) => string;
  valueFill: (t: number) => string;
  /** Opacity over the change. */
  opacity: (t: number) => number;
  /** Counts from `from.value.number` to `to.value.number` when both are numbers. */
  counts: boolean;
  /** Keeps the text it has (a leaving bar). */
  keepText: boolean;
}

/** The far end of a bar from its zero line, physical x. */
function farEnd(mark: BarMark): number {
  return mark.x < mark.tick.x - 0.5 ? mark.x : mark.x + mark.width;
}

/** `mark` with its bar shrunk to its zero line and its value moved with the bar's end. */
function collapsed(mark: BarMark): BarMark {
  const delta = farEnd(mark) - mark.tick.x;
  return {
    ...mark,
    x: mark.tick.x,
    width: 0,
    value: { ...mark.value, x: mark.value.x - delta, number: mark.value.number === null ? null : 0 }
  };
}

/** x of a text anchored at `x` by `from`, measured from its `to` anchor instead. */
function reanchored(x: number, width: number, from: Anchor, to: Anchor, sign: number): number {
  if (from === to) return x;
  return from === 'start' ? x + sign * width : x - sign * width;
}

function sameMark(a: BarMark, b: BarMark): boolean {
  return (
    a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.fill === b.fill && a.opacity === b.opacity &&
    a.tick.x === b.tick.x && a.tick.y1 === b.tick.y1 && a.tick.y2 === b.tick.y2 &&
    a.label.x === b.label.x && a.label.top === b.label.top && a.label.fill === b.label.fill && a.label.anchor === b.label.anchor && a.label.bold === b.label.bold &&
    a.label.lines.join('\n') === b.label.lines.join('\n') &&
    a.value.text === b.value.text && a.value.x === b.value.x && a.value.middle === b.value.middle &&
    a.value.anchor === b.value.anchor && a.value.fill === b.value.fill && a.value.squeeze === b.value.squeeze
  );
}

export function planBarTransition(from: BarFrame | null, to: BarFrame): BarTransition {
  const sign = to.dir === 'rtl' ? -1 : 1;
  const before = new Map((from?.bars ?? []).map((mark) => [mark.id, mark]));
  const targets = new Set(to.bars.map((mark) => mark.id));
  const pairs: Pair[] = to.bars.map((mark) => {
    const was = before.get(mark.id);
    const start = was ?? { ...collapsed(mark), opacity: 0 };
    const entering = !was;
    const from0 = start.opacity;
    return {
      from: start,
      to: mark,
      fill: interpolateColor(start.fill, mark.fill),
      labelFill: interpolateColor(start.label.fill, mark.label.fill),
      valueFill: interpolateColor(start.value.fill, mark.value.fill),
      opacity: entering ? (t) => clamp01((t - ENTER_DELAY) / (1 - ENTER_DELAY)) : (t) => lerp(from0, 1, t),
      counts: start.value.number !== null && mark.value.number !== null,
      keepText: false
    };
  });
  for (const mark of from?.bars ?? []) {
    if (targets.has(mark.id)) continue;
    const end = collapsed(mark);
    const from0 = mark.opacity;
    pairs.push({
      from: mark,
      to: end,
      fill: () => mark.fill,
      labelFill: () => mark.label.fill,
      valueFill: () => mark.value.fill,
      opacity: (t) => from0 * (1 - clamp01(t / EXIT_SPAN)),
      counts: false,
      keepText: true
    });
  }

  const still =
    !!from && from.bars.length === to.bars.length && from.bars.every((mark, i) => mark.id === to.bars[i]!.id && sameMark(mark, to.bars[i]!));

  function markAt(pair: Pair, t: number): BarMark {
    const { from: a, to: b } = pair;
    const labelX = reanchored(a.label.x, a.label.width, a.label.anchor, b.label.anchor, sign);
    const valueX = reanchored(a.value.x, a.value.width, a.value.anchor, b.value.anchor, sign);
    const number = pair.counts ? lerp(a.value.number!, b.value.number!, t) : b.value.number;
    return {
      id: b.id,
      opacity: pair.opacity(t),
      x: lerp(a.x, b.x, t),
      y: lerp(a.y, b.y, t),
      width: lerp(a.width, b.width, t),
      height: lerp(a.height, b.height, t),
      fill: pair.fill(t),
      tick: { x: lerp(a.tick.x, b.tick.x, t), y1: lerp(a.tick.y1, b.tick.y1, t), y2: lerp(a.tick.y2, b.tick.y2, t) },
      label: { ...b.label, x: lerp(labelX, b.label.x, t), top: lerp(a.label.top, b.label.top, t), fill: pair.labelFill(t) },
      value: {
        ...b.value,
        text: pair.keepText ? a.value.text : pair.counts ? to.formatValue(number!) : b.value.text,
        number,
        x: lerp(valueX, b.value.x, t),
        middle: lerp(a.value.middle, b.value.middle, t),
        fill: pair.valueFill(t)
      }
    };
  }

  return {
    still,
    at(t) {
      if (still || t >= 1) return to;
      const u = clamp01(t);
      return { ...to, bars: pairs.map((pair) => markAt(pair, u)), settled: false };
    }
  };
}
