/**
 * The ancestor that silently stops `position: sticky` from working, if any: an element
 * with `overflow` other than visible/clip becomes the sticky element's scroll container,
 * and when that container does not itself scroll, the graphic never sticks
 * (w3c/csswg-drafts#865). Many CMS themes wrap articles in `overflow-x: hidden`.
 * Walks up through shadow roots to the document.
 */
const CLIPPING = /^(hidden|auto|scroll|overlay)$/;

export function stickyBlocker(element: Element): Element | null {
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  if (!win) return null;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof win.ShadowRoot) {
      node = node.host;
      continue;
    }
    if (!(node instanceof win.Element) || node === doc.documentElement || node === doc.body) break;
    const style = win.getComputedStyle(node);
    if (CLIPPING.test(style.overflowX) || CLIPPING.test(style.overflowY)) {
      // A container the reader actually scrolls keeps sticky working inside it.
      const scrolls = CLIPPING.test(style.overflowY) && style.overflowY !== 'hidden' && node.scrollHeight > node.clientHeight + 1;
      if (!scrolls) return node;
    }
    node = node.parentNode;
  }
  return null;
}
