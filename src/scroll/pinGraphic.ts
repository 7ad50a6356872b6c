/**
 * Keeps a graphic in view by hand where `position: sticky` may not work: on each scroll
 * frame it offsets the graphic with a transform (CSSOM, so a strict Content Security
 * Policy allows it) by exactly what sticky would have done and did not. Where sticky does
 * work (the host fixed its CSS later), the correction is zero and the transform empty.
 * Returns a cleanup that removes the listeners and the transform.
 */
export function pinGraphic(container: HTMLElement, graphic: HTMLElement): () => void {
  const win = container.ownerDocument.defaultView!;
  let frame = 0;
  let applied = 0;
  const update = () => {
    frame = 0;
    const stickTop = parseFloat(win.getComputedStyle(graphic).top) || 0;
    const box = container.getBoundingClientRect();
    const rect = graphic.getBoundingClientRect();
    const natural = rect.top - applied;
    // Where sticky would hold the graphic: at its top offset, but never outside its container.
    const wanted = Math.min(Math.max(stickTop, box.top), box.bottom - rect.height);
    const offset = Math.max(0, wanted - natural);
    applied = offset < 0.5 ? 0 : offset;
    graphic.style.transform = applied ? `translateY(${applied.toFixed(1)}px)` : '';
  };
  const cue = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', cue, { passive: true });
  win.addEventListener('resize', cue);
  update();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('scroll', cue);
    win.removeEventListener('resize', cue);
    graphic.style.transform = '';
  };
}
