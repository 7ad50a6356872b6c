/**
 * A line chart's frame (domains and reveal) in motion, as a rune with a `current` getter:
 * `to(target)` eases from whatever is on screen now (so a new step interrupts a change
 * mid-flight without a jump) on a d3-timer, which stops once it arrives; `set(frame)` jumps
 * (a scrubbed frame, reduced motion). `current` is null until the first target: a server
 * render draws the target directly. The timer starts only in `to`, which components call
 * from effects.
 */
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from '../../motion/easing.js';
import { lerpFrame, sameFrame, type LineFrame } from './plan/lineFrame.js';
import { LINE_CHANGE_MS } from './plan/constants.js';

export class LineTween {
  #frame = $state.raw<LineFrame | null>(null);
  #target: LineFrame | null = null;
  #timer: Timer | null = null;

  /** What is on screen: null before the first target. */
  get current(): LineFrame | null {
    return this.#frame;
  }

  /** Shows `frame` at once. */
  set(frame: LineFrame): void {
    this.#stop();
    this.#target = frame;
    if (!this.#frame || !sameFrame(this.#frame, frame)) this.#frame = frame;
  }

  /** Eases to `target` from what is on screen, or from `from` (a chart drawing in); a target already on its way keeps going. */
  to(target: LineFrame, from?: LineFrame): void {
    if (this.#target && sameFrame(this.#target, target) && (this.#timer || (this.#frame && sameFrame(this.#frame, target)))) return;
    this.#stop();
    this.#target = target;
    const start = from ?? this.#frame ?? target;
    if (sameFrame(start, target)) {
      this.#frame = target;
      return;
    }
    this.#frame = start;
    this.#timer = timer((elapsed) => {
      const t = Math.min(1, elapsed / LINE_CHANGE_MS);
      this.#frame = t === 1 ? target : lerpFrame(start, target, easeCubicInOut(t));
      if (t === 1) this.#stop();
    });
  }

  destroy(): void {
    this.#stop();
  }

  #stop() {
    this.#timer?.stop();
    this.#timer = null;
  }
}
