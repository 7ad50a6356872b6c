/**
 * Keeps a graphic in view by hand where `position: sticky` cannot: on each scroll frame it
 * moves the graphic down its column with a transform (CSSOM, so a strict Content Security
 * Policy allows it), between the top of its container and the container's end. Returns a
 * cleanup that removes the listener and the transform.
 */
export function pinGraphic(container: HTMLElement, graphic: HTMLElement): () => void {
  const win = container.ownerDocument.defaultView!;
  let frame = 0;
  const update = () => {
    frame = 0;
    const top = parseFloat(win.getComputedStyle(graphic).top) || 0;
    const box = container.getBoundingClientRect();
    const travel = Math.max(0, box.height - graphic.offsetHeight);
    const offset = Math.min(travel, Math.max(0, top - box.top));
    graphic.style.transform = offset ? `translateY(${offset.toFixed(1)}px)` : '';
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
