/**
 * Runs `task` once the browser has painted the current frame (an animation frame, then a
 * task after it), so work the first view does not show never delays that view. Returns a
 * cancel function. Without requestAnimationFrame it waits one task.
 */
export function afterPaint(task: () => void, win: Window = window): () => void {
  let timer: number | undefined;
  let frame: number | undefined;
  if (typeof win.requestAnimationFrame === 'function') {
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      timer = win.setTimeout(task, 0);
    });
  } else {
    timer = win.setTimeout(task, 0);
  }
  return () => {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
