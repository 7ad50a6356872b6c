/**
 * The map camera as a rune: `current` is the view on screen, `moveTo` flies there with
 * a zoom-and-pan flight path (van Wijk & Nuij: zoom out, pan, zoom in) on a d3-timer.
 * A new target interrupts the flight and starts from where the camera is; every flight ends
 * exactly on its target. Without a browser it never animates: the view is the target.
 */
import { flightPath } from './flightPath.js';
import { timer, type Timer } from 'd3-timer';
import { easeCubicInOut } from './easing.js';
import type { CameraView } from '../geo/viewTransform.js';

/** Shortest flight, ms: a small pan still reads as motion, not a jump. */
export const MIN_FLIGHT_MS = 600;
/** Longest flight, ms: a country-to-town zoom should not keep the reader waiting. */
export const MAX_FLIGHT_MS = 2500;

function same(a: CameraView, b: CameraView): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

export class Camera {
  #current = $state.raw<CameraView>([0, 0, 1]);
  #target: CameraView;
  #timer: Timer | null = null;

  constructor(initial: CameraView) {
    this.#current = initial;
    this.#target = initial;
  }

  /** The view on screen now. */
  get current(): CameraView {
    return this.#current;
  }

  /** Where the camera is going (or is). */
  get target(): CameraView {
    return this.#target;
  }

  /** Flies to `target`; `instant` (resize, reduced motion) snaps there. */
  moveTo(target: CameraView, { instant = false } = {}): void {
    if (same(target, this.#target) && !instant) return;
    this.#target = target;
    this.stop();
    if (instant || typeof window === 'undefined' || same(target, this.#current)) {
      this.#current = target;
      return;
    }
    const interpolate = flightPath(this.#current, target);
    const duration = Math.max(MIN_FLIGHT_MS, Math.min(MAX_FLIGHT_MS, interpolate.duration));
    this.#timer = timer((elapsed) => {
      if (elapsed >= duration) {
        this.stop();
        this.#current = target;
        return;
      }
      this.#current = interpolate(easeCubicInOut(elapsed / duration)) as CameraView;
    });
  }

  /** Stops the flight where it is (on destroy). */
  stop(): void {
    this.#timer?.stop();
    this.#timer = null;
  }
}
