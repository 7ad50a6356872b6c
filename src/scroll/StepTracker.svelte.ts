/**
 * The scroll engine: tracks the active step, the direction of the last change and the
 * progress through the active step, for one explainer. It has no markup. scrollama's
 * IntersectionObserver events, scrolls and resizes are cues to decide once in the next
 * animation frame; `findActiveStep` decides. Where the explainer is gets read with each cue,
 * while the layout is clean (an observer's callback runs after a frame's layout; a scroll
 * event before the next frame's animation callbacks), not in the frame itself: there, after
 * a graphic's tween has written to the DOM, reading it would force a layout the frame then
 * does again. All state is per instance, and
 * `attach` returns a cleanup that removes every observer, listener and frame it made.
 */
import scrollama from 'scrollama';
import { findActiveStep } from './findActiveStep.js';

export type Direction = 'down' | 'up';

export interface StepChange {
  index: number;
  direction: Direction;
}

/** A root margin this tall makes the sentinel "intersect" whenever the explainer is anywhere above the viewport's bottom, so a jump right past it still fires. */
const FAR_ABOVE = '1000000px 0px 0px 0px';

/**
 * scrollama 3.2 adds a document scroll listener in setup() that destroy() never removes
 * (it feeds a module-level direction we do not use). Capture it so our cleanup can.
 */
function setupScrollama(doc: Document, setup: () => ReturnType<typeof scrollama>) {
  const added: [string, EventListenerOrEventListenerObject][] = [];
  const original = doc.addEventListener;
  doc.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener) added.push([type, listener]);
    return original.call(this, type, listener as EventListenerOrEventListenerObject, options);
  } as typeof doc.addEventListener;
  try {
    return { instance: setup(), release: () => added.forEach(([type, l]) => doc.removeEventListener(type, l)) };
  } finally {
    doc.addEventListener = original;
  }
}

export class StepTracker {
  #index = $state(-1);
  #progress = $state(0);
  #direction = $state<Direction>('down');
  #onchange: ((change: StepChange) => void) | undefined;

  constructor(onchange?: (change: StepChange) => void) {
    this.#onchange = onchange;
  }

  /** Active step: -1 until the reader first reaches the explainer, then always a real step. */
  get index() {
    return this.#index;
  }
  /** Progress through the active step, 0..1. */
  get progress() {
    return this.#progress;
  }
  /** Direction of the last step change. */
  get direction() {
    return this.#direction;
  }

  /**
   * Starts tracking `steps` inside `container`, with the trigger line at `offset` × the
   * viewport height. Call from an effect; the returned function undoes everything.
   */
  attach(container: HTMLElement, steps: HTMLElement[], offset: number): () => void {
    if (steps.length === 0) return () => {};
    let tops: number[] = [];
    let heights: number[] = [];
    let measured = false;
    let frame = 0;
    /** The container's top as the last cue read it, or null when it must be read in the frame (after a resize). */
    let knownTop: number | null = null;
    const win = container.ownerDocument.defaultView ?? window;

    const measure = () => {
      const origin = container.getBoundingClientRect().top;
      tops = steps.map((step) => step.getBoundingClientRect().top - origin);
      heights = steps.map((step) => step.getBoundingClientRect().height);
      measured = true;
    };
    const update = () => {
      frame = 0;
      if (!container.isConnected) return;
      if (!measured) measure();
      const top = knownTop ?? container.getBoundingClientRect().top;
      const line = offset * win.innerHeight - top;
      const found = findActiveStep(tops, heights, line);
      // Once reached, the explainer keeps a real step active even above its first step.
      const index = found.index < 0 ? (this.#index < 0 ? -1 : 0) : found.index;
      this.#progress = found.index < 0 ? 0 : found.progress;
      if (index !== this.#index && index >= 0) {
        this.#direction = index > this.#index ? 'down' : 'up';
        this.#index = index;
        this.#onchange?.({ index, direction: this.#direction });
      }
    };
    const cue = () => {
      if (!frame) frame = win.requestAnimationFrame(update);
    };
    /** A cue that says where the explainer is now. */
    const note = () => {
      knownTop = container.getBoundingClientRect().top;
      cue();
    };
    const remeasure = () => {
      measured = false;
      knownTop = null;
      cue();
    };

    // Without IntersectionObserver (very old browsers, jsdom) a passive scroll listener is the cue.
    if (typeof win.IntersectionObserver !== 'function' || typeof win.ResizeObserver !== 'function') {
      const onScroll = () => cue();
      win.addEventListener('scroll', onScroll, { passive: true });
      win.addEventListener('resize', remeasure);
      remeasure();
      return () => {
        if (frame) win.cancelAnimationFrame(frame);
        win.removeEventListener('scroll', onScroll);
        win.removeEventListener('resize', remeasure);
      };
    }

    const { instance: scroller, release } = setupScrollama(container.ownerDocument, () =>
      scrollama()
        .setup({
          step: steps,
          // scrollama's types list tenths only; any fraction 0..1 works at run time.
          offset: offset as Parameters<ReturnType<typeof scrollama>['setup']>[0]['offset'],
          progress: true,
          threshold: 4
        })
        .onStepEnter(note)
        .onStepExit(note)
        .onStepProgress(note)
    );

    // Scrolls cue only while the explainer is near the viewport: on a page of many explainers, each reads its position only while it can matter.
    let listening = false;
    const listen = (near: boolean) => {
      if (near === listening) return;
      listening = near;
      if (near) win.addEventListener('scroll', note, { passive: true });
      else win.removeEventListener('scroll', note);
    };
    const nearby = new win.IntersectionObserver((entries) => listen(entries[entries.length - 1]!.isIntersecting), { rootMargin: '100% 0px 100% 0px' });
    nearby.observe(container);

    const sentinel = new win.IntersectionObserver(note, { rootMargin: FAR_ABOVE, threshold: [0, 1] });
    sentinel.observe(container);

    const resizeObserver = new win.ResizeObserver(remeasure);
    resizeObserver.observe(container);
    const onResize = () => {
      scroller.resize();
      remeasure();
    };
    win.addEventListener('resize', onResize);
    win.addEventListener('pageshow', remeasure);
    remeasure();

    return () => {
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      scroller.destroy();
      release();
      sentinel.disconnect();
      nearby.disconnect();
      listen(false);
      resizeObserver.disconnect();
      win.removeEventListener('resize', onResize);
      win.removeEventListener('pageshow', remeasure);
    };
  }
}
