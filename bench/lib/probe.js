// The init script the bench adds to every page, before any of the page's own scripts. It
// records, in window.__bench: when the map is first drawn (svg.scrollstage-map's land) (a rAF poll: element timing does not
// report SVG paths; a canvas page's own mark, data-first-graphic-at), every rAF timestamp while a phase records, long tasks, layout shifts,
// and the embeds' ready and step events.
export const PROBE = `(() => {
  const b = (window.__bench = { firstGraphic: null, frames: [], recording: false, longtasks: [], shifts: [], ready: [], steps: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.shifts.push({ start: e.startTime, value: e.value, sources: (e.sources || []).map((x) => x.node ? (x.node.nodeName + '.' + (x.node.className && x.node.className.baseVal !== undefined ? x.node.className.baseVal : x.node.className || '')) : '?').join(',') });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  document.addEventListener('scrollstage:ready', () => b.ready.push(performance.now()), true);
  document.addEventListener('scrollstage:step', (e) => b.steps.push({ t: performance.now(), index: e.detail && e.detail.index }), true);
  const SELECTOR = 'svg.scrollstage-map path.land, svg.bl-map path[data-basemap]';
  const drawn = (root) => {
    for (const path of root.querySelectorAll(SELECTOR)) if ((path.getAttribute('d') || '').length > 10) return true;
    for (const host of root.querySelectorAll('[data-scrollstage]')) if (host.shadowRoot && drawn(host.shadowRoot)) return true;
    return false;
  };
  // A page that draws on a canvas (the MapLibre baseline) marks its first complete render
  // itself, with its time: data-first-graphic-at="<performance.now()>".
  const marked = () => {
    const el = document.querySelector('[data-first-graphic-at]');
    return el ? Number(el.getAttribute('data-first-graphic-at')) : null;
  };
  const poll = (now) => {
    if (b.firstGraphic === null && document.body) {
      const at = marked();
      if (at !== null) b.firstGraphic = at;
      else if (drawn(document)) b.firstGraphic = performance.now();
    }
    if (b.recording) b.frames.push(now);
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;
