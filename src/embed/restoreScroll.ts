/**
 * Puts the reader back where they were after a reload or the back button. The browser
 * restores the scroll position as the page loads, before a story fetched by URL has grown
 * to its height, so it lands short. So: remember the position when the page is left, and
 * once every explainer the page started with is laid out (ready or failed), scroll there,
 * unless the reader has already scrolled by themselves.
 */

const KEY = 'scrollstage:scroll:';
/** Input that means the reader is moving on their own: never fight it. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

function storage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null; // storage blocked (privacy settings, sandboxed frames)
  }
}

function returning(win: Window): boolean {
  const entry = win.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type === 'back_forward' || entry?.type === 'reload';
}

/**
 * Starts remembering the page's scroll position. Returns `restore(settled)`: call it with
 * a promise that settles when the page's first explainers are laid out.
 */
export function rememberScroll(win: Window): (settled: Promise<unknown>) => void {
  const store = storage(win);
  const key = KEY + win.location.href.split('#')[0];
  win.addEventListener('pagehide', () => {
    try {
      store?.setItem(key, JSON.stringify([win.scrollX, win.scrollY]));
    } catch {
      // quota or privacy mode: the reader just keeps the browser's own restoration
    }
  });
  return (settled) => {
    let saved: unknown;
    try {
      saved = JSON.parse(store?.getItem(key) ?? 'null');
    } catch {
      saved = null;
    }
    if (!returning(win) || !Array.isArray(saved) || !saved.every(Number.isFinite)) return;
    const [x, y] = saved as [number, number];
    let moved = false;
    const onInput = () => {
      moved = true;
    };
    const options = { capture: true, passive: true };
    for (const type of READER_INPUT) win.addEventListener(type, onInput, options);
    void settled.finally(() => {
      for (const type of READER_INPUT) win.removeEventListener(type, onInput, options);
      win.requestAnimationFrame(() => {
        if (!moved && (Math.abs(win.scrollY - y) > 1 || Math.abs(win.scrollX - x) > 1)) win.scrollTo(x, y);
      });
    });
  };
}
