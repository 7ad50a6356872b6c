/**
 * A bar chart's frames in motion, as a rune with a `current` getter. `to(target)` plans a
 * change from whatever is on screen now (a new step interrupts the old change mid-flight
 * without a jump) and a d3-timer samples it, eased, until it settles. `follow(goal)` eases
 * from what is on screen to a target that keeps moving (a scrubbed step's frame at the
 * reader's current scroll) and then hands over. `current` is null until the first frame: a
 * server render draws the settled frame directly. Timers start only in these methods,
 * which the component calls from effects.
 */
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from '../../motion/easing.js';
import { planBarTransition } from './plan/barTransition.js';
import type { BarFrame } from './plan/barFrame.js';
import { BAR_MOVE_MS, CATCH_UP_MS } from './plan/constants.js';

export class BarTween {
  #frame = $state.raw<BarFrame | null>(null);
  #timer: Timer | null = null;
  #following = false;

  /** What is on screen: null before the first frame. */
  get current(): BarFrame | null {
    return this.#frame;
  }

  /** Whether it is still catching up with a moving target (`follow`). */
  get following(): boolean {
    return this.#following;
  }

  /** Shows `frame` at once. */
  jump(frame: BarFrame): void {
    this.#stop();
    this.#frame = frame;
  }

  /** Moves to `target` over `duration` ms, from what is on screen (nothing yet: the bars grow in). */
  to(target: BarFrame, duration = BAR_MOVE_MS): void {
    this.#stop();
    const change = planBarTransition(this.#frame, target);
    if (change.still) {
      this.#frame = target;
      return;
    }
    this.#frame = change.at(0);
    this.#timer = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      this.#frame = change.at(easeCubicInOut(t));
      if (t === 1) this.#stop();
    });
  }

  /** Eases from what is on screen to `goal()`, read afresh every frame, over `duration` ms. */
  follow(goal: () => BarFrame, duration = CATCH_UP_MS): void {
    this.#stop();
    const start = this.#frame;
    if (!start) {
      this.#frame = goal();
      return;
    }
    this.#following = true;
    this.#timer = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      this.#frame = t === 1 ? goal() : planBarTransition(start, goal()).at(easeCubicInOut(t));
      if (t === 1) this.#stop();
    });
  }

  destroy(): void {
    this.#stop();
  }

  #stop() {
    this.#timer?.stop();
    this.#timer = null;
    this.#following = false;
  }
}
