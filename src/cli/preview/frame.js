// @ts-check
/**
 * One frame of the preview: a plain page that mounts the story with the script-tag embed,
 * as a newsroom's page would. The preview page tells it, by message, which version of the
 * story to show and which step to jump to; it tells the page which step is active.
 *
 * A new version of the story is mounted below the one on screen and swapped in once it is
 * ready, then scrolled so the reader's step sits where it was: no blank page, no lost
 * place. When a file the story uses besides itself changed, the frame loads afresh (so no
 * cached basemap or image survives) and goes back to the same place after.
 */

/**
 * In a frame, an IntersectionObserver without a root watches the top window's viewport:
 * here the preview page with its two scaled frames, not this device's screen, so the
 * scroll engine's trigger lines land in the wrong place (on the phone, nowhere). Observers
 * made without a root get this document as their root, so the story sees the device's
 * viewport as it would as a page of its own. Set before the first mount, which makes them.
 */
const NativeObserver = window.IntersectionObserver;
window.IntersectionObserver = class extends NativeObserver {
  /** @param {IntersectionObserverCallback} callback @param {IntersectionObserverInit} [options] */
  constructor(callback, options = {}) {
    super(callback, { ...options, root: options.root ?? document });
  }
};

const html = document.documentElement;
/** Where a step becomes active, as the explainer decides it (filled in from src/constants.ts). */
const layout = {
  wideMin: Number(html.dataset.wideMin),
  wide: Number(html.dataset.triggerWide),
  narrow: Number(html.dataset.triggerNarrow)
};
const device = new URLSearchParams(location.search).get('device') ?? 'frame';
const KEPT_PLACE = `scrollstage-preview:${device}`;
const main = /** @type {HTMLElement} */ (document.getElementById('story'));

/** @typedef {{ host: HTMLElement, handle: { destroy(): void } }} Mounted */
/** @typedef {{ index: number, past: number }} Place */

/** @type {Mounted | null} the story on screen */
let shown = null;
/** @type {Mounted | null} the next version, mounting below it */
let coming = null;
let step = -1;
let version = 0;
/** @type {number | null} */
let assets = null;
/** @type {Place | null} where to go once the story is shown after a fresh load */
let kept = takeKeptPlace();
// The frame puts the reader back itself, once the story is laid out; the browser's own
// restoring would land on a page not yet grown to its height.
history.scrollRestoration = 'manual';

function takeKeptPlace() {
  try {
    const text = sessionStorage.getItem(KEPT_PLACE);
    sessionStorage.removeItem(KEPT_PLACE);
    return text ? /** @type {Place} */ (JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

/** @param {HTMLElement} host the trigger line's distance from the top of the viewport, px */
function triggerLine(host) {
  return innerHeight * (host.clientWidth < layout.wideMin ? layout.narrow : layout.wide);
}

/** @param {HTMLElement} host @param {number} index */
function stepElement(host, index) {
  const steps = host.shadowRoot?.querySelectorAll('.step') ?? [];
  return steps[Math.min(index, steps.length - 1)] ?? null;
}

/** The reader's place: the active step, and how far past its top the trigger line is, px. */
function place() {
  if (!shown || step < 0) return null;
  const element = stepElement(shown.host, step);
  return element ? { index: step, past: triggerLine(shown.host) - element.getBoundingClientRect().top } : null;
}

/**
 * Scrolls so that step `index` is the active one, the trigger line `past` px below its top.
 * @param {HTMLElement} host @param {number} index @param {number} past
 */
function goTo(host, index, past) {
  const element = stepElement(host, index);
  if (!element) return;
  const box = element.getBoundingClientRect();
  // Inside the step, so that this step and no neighbour is the active one.
  const within = Math.min(Math.max(past, 1), Math.max(1, box.height - 1));
  window.scrollBy({ top: box.top - (triggerLine(host) - within), behavior: 'instant' });
}

/** @param {{ url: string, version: number, assets: number }} story */
function show(story) {
  if (assets !== null && story.assets !== assets) {
    try {
      sessionStorage.setItem(KEPT_PLACE, JSON.stringify(place()));
    } catch {
      // No storage (a privacy setting): the fresh load starts at the top.
    }
    location.reload();
    return;
  }
  assets = story.assets;
  if (story.version === version) return;
  version = story.version;
  if (!window.scrollstage) return;
  if (coming) {
    coming.handle.destroy();
    coming.host.remove();
  }
  const host = document.createElement('div');
  main.append(host);
  /** @type {Mounted} */
  const entry = { host, handle: window.scrollstage.mount(host, story.url) };
  coming = entry;
  const swap = () => {
    if (coming !== entry) return;
    const where = kept ?? place();
    kept = null;
    coming = null;
    if (shown) {
      shown.handle.destroy();
      shown.host.remove();
    }
    shown = entry;
    if (where) goTo(host, where.index, where.past);
  };
  host.addEventListener('scrollstage:ready', swap, { once: true });
  host.addEventListener('scrollstage:error', swap, { once: true });
  host.addEventListener('scrollstage:step', (event) => {
    if (shown !== entry) return;
    step = /** @type {CustomEvent<{ index: number }>} */ (event).detail.index;
    parent.postMessage({ type: 'step', index: step }, location.origin);
  });
}

addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== parent) return;
  const message = event.data;
  if (message?.type === 'show') show(message);
  else if (message?.type === 'goto' && shown) {
    const element = stepElement(shown.host, message.index);
    // A little into the step, so its text is on screen and not only its top edge.
    if (element) goTo(shown.host, message.index, Math.min(element.getBoundingClientRect().height / 3, innerHeight / 4));
  }
});

parent.postMessage({ type: 'hello' }, location.origin);

// A module, so its names are its own (and it runs deferred, after embed.js).
export {};
