// The MapLibre GL baseline: the flagship story as a newsroom would build it on the pattern of
// the Mapbox storytelling template (github.com/mapbox/storytelling), on MapLibre GL JS:
// config.chapters with a camera location each, scrollama, and on entering a chapter
// `map.flyTo(chapter.location)` and the chapter's layer opacities and filters. The style is
// local (style.json, built by buildStyle.js from Natural Earth, OCHA and the story): no tile
// server, no glyph files (labels in the reader's local fonts). See README.md.
import scrollama from 'scrollama';
import { LngLatBounds, Map as MapLibreMap, MercatorCoordinate, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../demo/article.css';
import './maplibre.css';

// maplibre-gl 6 loads its worker as a module script; under a bundler it must be told where.
setWorkerUrl(workerUrl);
// Start the worker while the story and the style download (MapLibre's documented prewarm).
prewarm();

const DURATION = 750;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The D3 baseline's framing: 15 % of the frame's width and height clear around a chapter's places. */
const PAD = 0.15;
const MAX_ZOOM = 12;
const TRANSPARENT = 'rgba(0,0,0,0)';
const LIST_FIELDS = ['routes', 'places', 'highlight', 'ringed', 'areas', 'movers', 'annotations'];
/** The story layers a chapter fades in or out (the template's onChapterEnter opacities). */
const LAYER_OPACITY = { fill: ['fill-opacity'], line: ['line-opacity'], circle: ['circle-opacity', 'circle-stroke-opacity'] };

const root = document.getElementById('explainer');

function markdown(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

const featureIds = (list) => list.map((a) => (typeof a === 'string' ? a : a.id));

/** Steps inherit what they do not set from the previous step when it is of the same type (story format 2). */
function resolve(steps) {
  let previous = null;
  return steps.map((step) => {
    const g = step.graphic ?? {};
    if (!step.graphic && previous) return (previous = { ...previous, scrub: false });
    const before = previous?.type === (g.type === 'unit-chart' ? 'unit-chart' : 'map') ? previous : null;
    if (g.type === 'unit-chart') return (previous = { ...before, ...g, scrub: !!g.scrub });
    const next = { ...before, ...g, type: 'map', scrub: !!g.scrub };
    next.view = g.view ?? before?.view;
    next.progress = g.progress === undefined ? (before?.progress ?? null) : g.progress;
    for (const key of LIST_FIELDS) next[key] = g[key] === undefined ? (before?.[key] ?? []) : (g[key] ?? []);
    return (previous = next);
  });
}

/** A route in Web Mercator with each vertex's share of its length: line-progress as MapLibre computes it. */
function routeMetrics(coordinates) {
  const points = coordinates.map(([lon, lat]) => MercatorCoordinate.fromLngLat({ lng: lon, lat }));
  const cum = [0];
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1] + Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y));
  const total = cum[cum.length - 1];
  /** The share of the route's length at the point of it nearest [lon, lat]. */
  return (lon, lat) => {
    const p = MercatorCoordinate.fromLngLat({ lng: lon, lat });
    let best = Infinity;
    let length = 0;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      const d = Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
      if (d < best) {
        best = d;
        length = cum[i - 1] + t * (cum[i] - cum[i - 1]);
      }
    }
    return length / total;
  };
}

const ease = (t) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2); // cubic in-out, as d3.easeCubicInOut

async function main() {
  // The story and the style in parallel, as the D3 baseline fetches its data.
  const [story, style] = await Promise.all([
    fetch('./stories/idlib-m5.json').then((r) => r.json()),
    fetch('./style.json').then((r) => r.json())
  ]);
  performance.mark('maplibre:data');
  const states = resolve(story.steps);
  const places = new Map(story.places.map((p) => [p.id, p]));
  const routes = new Map(story.routes.map((r) => [r.id, r]));
  const colors = story.theme?.colors ?? {};
  const onRoute = new Map([...routes].map(([id, r]) => [id, routeMetrics(r.coordinates)]));

  // Markup: a sticky map beside (or under) the step cards.
  root.replaceChildren();
  root.classList.add('ml-scrolly');
  const figure = document.createElement('figure');
  figure.className = 'ml-graphic';
  const mapBox = document.createElement('div');
  mapBox.className = 'ml-map';
  const chartSvg = document.createElementNS(SVG_NS, 'svg');
  chartSvg.setAttribute('class', 'ml-chart');
  chartSvg.setAttribute('aria-hidden', 'true');
  figure.append(mapBox, chartSvg);
  const stepsBox = document.createElement('div');
  stepsBox.className = 'ml-steps';
  story.steps.forEach((step, i) => {
    const div = document.createElement('div');
    div.className = 'ml-step';
    div.dataset.step = String(i);
    div.innerHTML = `<div class="ml-card"><p class="ml-kicker">${markdown(step.kicker ?? '')}</p><p>${markdown(step.text)}</p></div>`;
    stepsBox.appendChild(div);
  });
  root.append(figure, stepsBox);

  /** Bounds of place and route ids. */
  function boundsOf(ids) {
    const bounds = new LngLatBounds();
    for (const id of ids) {
      const place = places.get(id);
      if (place) bounds.extend([place.lon, place.lat]);
      else for (const c of routes.get(id)?.coordinates ?? []) bounds.extend(c);
    }
    return bounds;
  }

  const padding = () => {
    const { clientWidth: w, clientHeight: h } = mapBox;
    return { top: PAD * h, bottom: PAD * h, left: PAD * w, right: PAD * w };
  };

  /** A chapter's camera, the template's `location`: from the step's view (fit, or center + zoom), or its places. */
  function locationFor(state) {
    const view = state.view ?? { fit: state.places };
    const all = () => map.cameraForBounds(boundsOf([...places.keys(), ...routes.keys()]), { padding: padding() });
    let camera;
    if (view.fit) {
      const pad = view.padding;
      camera = map.cameraForBounds(boundsOf(view.fit), { padding: pad == null ? padding() : pad, maxZoom: MAX_ZOOM });
    } else {
      camera = { center: view.center, zoom: all().zoom + view.zoom };
    }
    return { center: camera.center, zoom: camera.zoom, bearing: 0, pitch: 0 };
  }

  /** The template's config.chapters, from the story's steps. */
  const chapters = story.steps.map((step, i) => ({ id: step.id, state: states[i] }));

  const first = states.find((s) => s.type === 'map');
  const map = new MapLibreMap({
    container: mapBox,
    style,
    bounds: boundsOf(first.view?.fit ?? first.places),
    fitBoundsOptions: { padding: padding(), maxZoom: MAX_ZOOM },
    interactive: false,
    attributionControl: { compact: true }
  });
  performance.mark('maplibre:map');
  map.once('load', () => performance.mark('maplibre:load'));
  // The chapters are set up as soon as the style is in (its sources may still be loading), so
  // the first chapter's filters apply before the first tiles are laid out, and the first
  // 'idle' is the first complete render of the first chapter: every source loaded and drawn,
  // which the page marks for the bench's time to first graphic.
  map.once('style.load', () => {
    let active = -1;
    let held = { from: 0, to: 0 };
    let heldFrame = 0;
    let chartFrame = 0;

    const heldShares = (progress) => {
      const at = onRoute.get(progress.route);
      const share = (stop) => (typeof stop === 'string' ? at(places.get(stop).lon, places.get(stop).lat) : 0);
      return { from: share(progress.from), to: share(progress.to) };
    };

    function setHeld(from, to) {
      held = { from, to };
      if (to - from < 1e-6) {
        map.setPaintProperty('held', 'line-opacity', 0);
        return;
      }
      map.setPaintProperty('held', 'line-gradient', ['step', ['line-progress'], TRANSPARENT, from, colors.progress ?? '#b91c1c', to, TRANSPARENT]);
      map.setPaintProperty('held', 'line-opacity', 1);
    }

    function animateHeld(target) {
      cancelAnimationFrame(heldFrame);
      const start = performance.now();
      const { from: f0, to: t0 } = held.to - held.from < 1e-6 ? { from: target.from, to: target.from } : held;
      const tick = (now) => {
        const e = ease(Math.min(1, (now - start) / DURATION));
        setHeld(f0 + (target.from - f0) * e, t0 + (target.to - t0) * e);
        if (e < 1) heldFrame = requestAnimationFrame(tick);
      };
      heldFrame = requestAnimationFrame(tick);
    }

    /** The template's setLayerOpacity, with its transition. */
    function setLayerOpacity(layer, opacity, duration = DURATION) {
      for (const prop of LAYER_OPACITY[map.getLayer(layer).type]) {
        map.setPaintProperty(layer, `${prop}-transition`, { duration, delay: 0 });
        map.setPaintProperty(layer, prop, opacity);
      }
    }

    const inList = (ids) => ['in', ['get', 'id'], ['literal', ids.length ? ids : ['']]];

    // Vehicle marks: each mover's count of dots clustered at its path's end (a sunflower spiral, as the D3 baseline's).
    const moverFeatures = new Map();
    for (const state of states) {
      if (state.type !== 'map') continue;
      let offset = 0;
      for (const mover of state.movers) {
        if (!moverFeatures.has(mover.id)) {
          const end = places.get(mover.path[mover.path.length - 1]);
          const dots = [];
          for (let i = 0; i < mover.count; i++) {
            const n = offset + i;
            const a = n * 2.39996;
            const r = 0.0035 * Math.sqrt(n);
            dots.push({
              type: 'Feature',
              properties: { mover: mover.id, color: colors[mover.color] ?? colors.marks ?? '#3b3b3b' },
              geometry: { type: 'Point', coordinates: [end.lon + (r * Math.cos(a)) / Math.cos((end.lat * Math.PI) / 180), end.lat + r * Math.sin(a)] }
            });
          }
          moverFeatures.set(mover.id, dots);
        }
        offset += mover.count;
      }
    }
    map.getSource('movers').setData({ type: 'FeatureCollection', features: [...moverFeatures.values()].flat() });

    /** Labels: the places shown but observation posts, each named, or by the chapter's annotation. */
    function setLabels(state) {
      const ids = new Set(state.places.filter((id) => places.get(id).kind !== 'observation-post'));
      for (const note of state.annotations) ids.add(note.place);
      map.setFilter('labels', inList([...ids]));
      const notes = [...new Map(state.annotations.map((note) => [note.place, note.text]))].flat();
      map.setLayoutProperty('labels', 'text-field', notes.length ? ['match', ['get', 'id'], ...notes, ['get', 'name']] : ['get', 'name']);
    }

    function drawChart(state) {
      chartSvg.replaceChildren();
      const width = chartSvg.clientWidth;
      const height = chartSvg.clientHeight;
      const el = (name, attrs) => {
        const node = document.createElementNS(SVG_NS, name);
        for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
        chartSvg.appendChild(node);
        return node;
      };
      el('text', { class: 'ml-chart-title', x: 16, y: 32 }).textContent = state.title;
      const total = state.groups.reduce((s, g) => s + Math.round(g.value / state.unit.value), 0);
      const side = Math.max(3, Math.floor(Math.sqrt(((width - 32) * (height - 140)) / (total * 1.6))));
      const cols = Math.floor((width - 32) / side);
      let y = 60;
      const units = [];
      state.groups.forEach((group, gi) => {
        el('text', { class: 'ml-chart-label', x: 16, y: y + 14 }).textContent = `${group.label}: ${group.display ?? group.value}`;
        y += 24;
        const n = Math.round(group.value / state.unit.value);
        for (let i = 0; i < n; i++) {
          units.push(el('rect', { class: `ml-unit ml-unit-${gi}`, x: 16 + (i % cols) * side, y: y + Math.floor(i / cols) * side, width: side - 1, height: side - 1, opacity: 0 }));
        }
        y += Math.ceil(n / cols) * side + 16;
      });
      el('text', { class: 'ml-chart-label', x: 16, y: y + 10 }).textContent = `Each square: ${state.unit.label}`;
      cancelAnimationFrame(chartFrame);
      const start = performance.now();
      let shown = 0;
      const tick = (now) => {
        const next = Math.min(units.length, Math.ceil(((now - start) / DURATION) * units.length));
        for (; shown < next; shown++) units[shown].setAttribute('opacity', 1);
        if (shown < units.length) chartFrame = requestAnimationFrame(tick);
      };
      chartFrame = requestAnimationFrame(tick);
    }

    /** onChapterEnter: the camera, then the chapter's filters and layer opacities. */
    function enter(index, instant = false) {
      const { state } = chapters[index];
      active = index;
      if (state.type === 'unit-chart') {
        figure.classList.add('ml-charting');
        drawChart(state);
        return;
      }
      figure.classList.remove('ml-charting');
      const location = locationFor(state);
      const fade = instant ? 0 : DURATION;
      if (instant) map.jumpTo(location);
      else map.flyTo({ ...location, duration: DURATION, essential: true });

      map.setFilter('routes', inList(state.routes));
      const areas = featureIds(state.areas);
      map.setFilter('areas-fill', inList(areas));
      map.setFilter('areas-line', inList(areas));
      setLayerOpacity('areas-fill', areas.length ? 1 : 0, fade);
      setLayerOpacity('areas-line', areas.length ? 1 : 0, fade);
      const shown = [...new Set([...state.places, ...state.ringed, ...state.annotations.map((a) => a.place)])];
      map.setFilter('places', inList(shown));
      map.setPaintProperty('places', 'circle-color', ['case', ['in', ['get', 'id'], ['literal', state.highlight]], colors.highlight ?? '#b91c1c', ['get', 'color']]);
      map.setFilter('rings', inList(state.ringed));
      const movers = state.movers.map((m) => m.id);
      map.setFilter('movers', ['in', ['get', 'mover'], ['literal', movers.length ? movers : ['']]]);
      setLayerOpacity('movers', movers.length ? 1 : 0, fade);
      setLabels(state);

      // The held part of the M5: scrubbed by progress on advance steps, else a 750 ms transition.
      cancelAnimationFrame(heldFrame);
      if (!state.progress) setHeld(0, 0);
      else if (instant) setHeld(heldShares(state.progress).from, heldShares(state.progress).to);
      else if (!state.scrub) animateHeld(heldShares(state.progress));
    }

    function progress(index, p) {
      const state = states[index];
      if (!state?.scrub || index !== active || !state.progress) return;
      const target = heldShares(state.progress);
      const before = states[index - 1];
      const start = before?.type === 'map' && before.progress ? heldShares(before.progress).to : target.from;
      setHeld(target.from, start + (target.to - start) * Math.min(1, p * 1.5));
    }

    enter(0, true);

    const scroller = scrollama();
    scroller
      .setup({ step: '.ml-step', offset: 0.6, progress: true })
      .onStepEnter(({ element, index }) => {
        for (const s of stepsBox.children) s.classList.toggle('is-active', s === element);
        enter(index);
      })
      .onStepProgress(({ index, progress: p }) => progress(index, p));

    let resizeTimeout;
    window.addEventListener('resize', () => {
      clearTimeout(resizeTimeout);
      resizeTimeout = setTimeout(() => {
        // MapLibre resizes its canvas itself; the chapter's camera and chart depend on the size.
        enter(Math.max(0, active), true);
        scroller.resize();
      }, 150);
    });
    map.once('idle', () => {
      performance.mark('maplibre:idle');
      figure.dataset.firstGraphicAt = String(performance.now());
    });
    root.dataset.ready = 'true';
  });
}

main().catch((error) => console.error(error));
