/**
 * The marks of a unit chart in motion, as a rune with a `current` getter: `to(target)`
 * plans a change from whatever is on screen now (so a new step interrupts the old change
 * mid-flight without a jump) and a d3-timer samples it every frame until it settles, then
 * stops. `current` is null until the first target: a server render draws the target
 * directly. The timer starts only in `to`, which components call from effects.
 */
import { timer, type Timer } from 'd3-timer';
import {
  planMarkTransition,
  sampleMarkTransition,
  settledFrame,
  type MarkFrame
} from './plan/markTransition.js';
import type { MarkTarget } from './plan/unitMarkTarget.js';

export class MarkTween {
  #frame = $state.raw<MarkFrame | null>(null);
  #timer: Timer | null = null;
  readonly #exitFill: string;

  /** `exitFill`: the colour marks fade towards as they leave. */
  constructor(exitFill: string) {
    this.#exitFill = exitFill;
  }

  /** What is on screen: null before the first target. */
  get current(): MarkFrame | null {
    return this.#frame;
  }

  /** Moves to `target`; `instant` (reduced motion, a resize) jumps there. */
  to(target: MarkTarget, instant = false): void {
    this.#stop();
    if (instant) {
      this.#frame = settledFrame(target);
      return;
    }
    const plan = planMarkTransition(this.#frame, target, this.#exitFill);
    this.#frame = sampleMarkTransition(plan, 0);
    if (this.#frame.settled) return;
    this.#timer = timer((elapsed) => {
      const frame = sampleMarkTransition(plan, elapsed);
      this.#frame = frame;
      if (frame.settled) this.#stop();
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
