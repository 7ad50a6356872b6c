/**
 * A number that eases to its target on a d3-timer, as a rune with a `current` getter. A new
 * target interrupts and starts from the current value; without a browser it jumps.
 */
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from './easing.js';

export class Tweened {
  #current = $state(0);
  #target: number;
  #timer: Timer | null = null;

  constructor(initial: number) {
    this.#current = initial;
    this.#target = initial;
  }

  get current(): number {
    return this.#current;
  }

  /** Eases to `target` over `duration` ms, from `from` if given; `duration` 0 jumps. */
  set(target: number, { duration = 0, from }: { duration?: number; from?: number } = {}): void {
    if (target === this.#target && from === undefined && (this.#timer || this.#current === target)) return;
    this.#target = target;
    this.stop();
    const start = from ?? this.#current;
    if (duration <= 0 || typeof window === 'undefined' || start === target) {
      this.#current = target;
      return;
    }
    this.#current = start;
    this.#timer = timer((elapsed) => {
      const t = Math.min(1, elapsed / duration);
      this.#current = t === 1 ? target : start + (target - start) * easeCubicInOut(t);
      if (t === 1) this.stop();
    });
  }

  stop(): void {
    this.#timer?.stop();
    this.#timer = null;
  }
}
