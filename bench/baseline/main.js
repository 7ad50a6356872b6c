// The bench baseline: the flagship story as a newsroom developer would build it without
// scrollstage — scrollama for steps, d3-geo for the map, world-atlas fetched whole, SVG
// marks, 750 ms transitions run by d3-timer with d3-interpolate and d3-ease (d3-selection
// and d3-transition are not installed in this repo; see README.md).
import scrollama from 'scrollama';
import { geoBounds, geoConicConformal, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { timer } from 'd3-timer';
import { interpolate, interpolateNumber } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import '../../demo/article.css';
import './baseline.css';

const DURATION = 750;
const SVG_NS = 'http://www.w3.org/2000/svg';
const REGION = { type: 'MultiPoint', coordinates: [[34.5, 32], [42.5, 32], [34.5, 37.6], [42.5, 37.6], [38.5, 37.6], [38.5, 32]] };
const NEAR = [[20, 21], [57, 48]];
const OCHA = { SY07: 'idleb', SY02: 'aleppo' };
const COLORS = { earlier: '#c2410c', latest: '#7f1d1d' };

const root = document.getElementById('explainer');

function el(name, attrs = {}, parent) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function markdown(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** Steps inherit what they do not set from the previous step of the same type. */
function resolve(steps) {
  let map = null;
  let chart = null;
  return steps.map((step) => {
    const g = step.graphic ?? {};
    if (g.type === 'unit-chart') {
      chart = { ...chart, ...g };
      return chart;
    }
    const next = { ...map, ...g, type: 'corridor-map', scrub: !!g.scrub };
    // Story format 2's names, as this page draws them: the held part of the M5 up to
    // `progress.to`, ringed places, the governorates named in `areas`, the movers as convoys.
    next.held = next.progress ? { to: next.progress.to } : null;
    next.encircled = next.ringed ?? [];
    next.regions = (next.areas ?? []).map((a) => OCHA[typeof a === 'string' ? a : a.id] ?? a.id);
    next.convoys = (next.movers ?? []).map((m) => ({ id: m.id, count: m.count, path: m.path, tone: /earlier/.test(m.color ?? m.id) ? 'earlier' : 'latest' }));
    for (const key of ['places', 'highlight', 'encircled', 'regions', 'convoys', 'annotations', 'routes']) {
      if (next[key] == null) next[key] = [];
    }
    map = next;
    return next;
  });
}

async function main() {
  const [story, world, regions] = await Promise.all([
    fetch('./stories/idlib-m5.json').then((r) => r.json()),
    fetch('./countries-10m.json').then((r) => r.json()),
    fetch('./idleb-aleppo.geojson').then((r) => r.json())
  ]);
  const states = resolve(story.steps);
  const places = new Map(story.places.map((p) => [p.id, p]));
  const routes = new Map(story.routes.map((r) => [r.id, r]));

  // Markup: a sticky graphic beside (or under) the steps.
  root.replaceChildren();
  root.classList.add('bl-scrolly');
  const figure = document.createElement('figure');
  figure.className = 'bl-graphic';
  const stepsBox = document.createElement('div');
  stepsBox.className = 'bl-steps';
  story.steps.forEach((step, i) => {
    const div = document.createElement('div');
    div.className = 'bl-step';
    div.dataset.step = String(i);
    div.innerHTML = `<div class="bl-card"><p class="bl-kicker">${markdown(step.kicker ?? '')}</p><p>${markdown(step.text)}</p></div>`;
    stepsBox.appendChild(div);
  });
  root.append(figure, stepsBox);

  const svg = el('svg', { class: 'bl-map' }, figure);
  el('rect', { class: 'bl-water', width: '100%', height: '100%' }, svg);
  const camera = el('g', { class: 'bl-camera' }, svg);
  const land = el('path', { class: 'bl-land', 'data-basemap': '' }, camera);
  const syria = el('path', { class: 'bl-syria' }, camera);
  const regionPaths = new Map(regions.features.map((f) => [OCHA[f.properties.ADM1_PCODE], el('path', { class: 'bl-region' }, camera)]));
  const borders = el('path', { class: 'bl-borders' }, camera);
  const routePaths = new Map([...routes.keys()].map((id) => [id, el('path', { class: `bl-route bl-route-${id}` }, camera)]));
  const heldPath = el('path', { class: 'bl-held' }, camera);
  const marks = el('g', { class: 'bl-marks' }, svg);
  const chartG = el('g', { class: 'bl-chart', opacity: 0 }, svg);

  // Countries near Syria only: the whole world at 1:10m would be drawn off screen.
  const near = world.objects.countries.geometries.filter((g) => {
    const [[x0, y0], [x1, y1]] = geoBounds(feature(world, g));
    return x1 >= NEAR[0][0] && x0 <= NEAR[1][0] && y1 >= NEAR[0][1] && y0 <= NEAR[1][1];
  });
  const nearCollection = { type: 'GeometryCollection', geometries: near };
  const landGeo = feature(world, nearCollection);
  const syriaGeo = feature(world, near.find((g) => g.properties.name === 'Syria'));
  const borderGeo = mesh(world, nearCollection, (a, b) => a !== b);

  let width = 0;
  let height = 0;
  let projection;
  let project;
  let heldGeom = null; // { d, total, at(placeId) }
  let current = { x: 0, y: 0, k: 1 };
  let active = -1;
  let heldLength = 0;
  let cameraTimer = null;
  let heldTimer = null;
  let markTimer = null;
  const placeNodes = new Map();
  let convoyDots = [];

  function layout() {
    width = figure.clientWidth;
    height = figure.clientHeight;
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    projection = geoConicConformal().parallels([33, 36.5]).rotate([-38, 0]).fitSize([width, height], REGION);
    projection.clipExtent([[-width, -height], [2 * width, 2 * height]]);
    const path = geoPath(projection);
    project = (id) => projection([places.get(id).lon, places.get(id).lat]);
    land.setAttribute('d', path(landGeo));
    syria.setAttribute('d', path(syriaGeo));
    borders.setAttribute('d', path(borderGeo));
    for (const f of regions.features) regionPaths.get(OCHA[f.properties.ADM1_PCODE]).setAttribute('d', path(f));
    for (const [id, route] of routes) routePaths.get(id).setAttribute('d', path({ type: 'LineString', coordinates: route.coordinates }));
    heldGeom = polyline(routes.get('m5').coordinates.map((c) => projection(c)));
  }

  /** A projected polyline with its length to the point nearest each place. */
  function polyline(points) {
    const cum = [0];
    for (let i = 1; i < points.length; i++) cum.push(cum[i - 1] + Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]));
    const at = (id) => {
      const [px, py] = project(id);
      let best = Infinity;
      let length = 0;
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1];
        const [bx, by] = points[i];
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
        const d = Math.hypot(ax + t * dx - px, ay + t * dy - py);
        if (d < best) {
          best = d;
          length = cum[i - 1] + t * (cum[i] - cum[i - 1]);
        }
      }
      return length;
    };
    return { d: 'M' + points.map((p) => p.join(',')).join('L'), total: cum[cum.length - 1], at };
  }

  function viewFor(state) {
    const ids = state.view?.fit ?? state.places;
    const pts = ids.map(project);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const pad = 0.15;
    const k = Math.max(1, Math.min(12, (1 - 2 * pad) / Math.max((x1 - x0) / width, (y1 - y0) / height)));
    return { x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2, k };
  }

  function applyCamera(t) {
    current = t;
    camera.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    camera.style.strokeWidth = String(1 / t.k);
    heldPath.style.strokeWidth = String(4 / t.k);
    for (const path of routePaths.values()) path.style.strokeWidth = String(2.5 / t.k);
    for (const node of placeNodes.values()) {
      node.g.setAttribute('transform', `translate(${t.x + t.k * node.p[0]},${t.y + t.k * node.p[1]})`);
    }
    for (const dot of convoyDots) {
      dot.node.setAttribute('cx', t.x + t.k * dot.x);
      dot.node.setAttribute('cy', t.y + t.k * dot.y);
    }
  }

  function setHeld(length) {
    heldLength = length;
    heldPath.setAttribute('stroke-dasharray', `${heldGeom.total} ${heldGeom.total}`);
    heldPath.setAttribute('stroke-dashoffset', heldGeom.total - length);
  }

  function heldTarget(state) {
    return state.held ? heldGeom.at(state.held.to) - 0 : 0;
  }

  function drawPlaces(state) {
    const wanted = new Set([...state.places, ...state.encircled, ...state.annotations.map((a) => a.place)]);
    for (const [id, node] of placeNodes) {
      if (!wanted.has(id)) {
        node.g.remove();
        placeNodes.delete(id);
      }
    }
    for (const id of wanted) {
      const place = places.get(id);
      let node = placeNodes.get(id);
      if (!node) {
        const g = el('g', { class: `bl-place bl-${place.kind}` }, marks);
        if (place.kind === 'observation-post') el('rect', { x: -4, y: -4, width: 8, height: 8 }, g);
        else el('circle', { r: place.kind === 'capital' ? 5 : 3.5 }, g);
        el('circle', { class: 'bl-ring', r: 9 }, g);
        const text = el('text', { x: 7, y: 4 }, g);
        text.textContent = place.kind === 'observation-post' ? '' : place.name;
        node = { g, p: project(id) };
        placeNodes.set(id, node);
      }
      node.p = project(id);
      node.g.classList.toggle('bl-highlight', state.highlight.includes(id));
      node.g.classList.toggle('bl-encircled', state.encircled.includes(id));
      const note = state.annotations.find((a) => a.place === id);
      node.g.querySelector('text').textContent = note ? note.text : place.kind === 'observation-post' ? '' : place.name;
    }
  }

  /** Convoy vehicles as dots: they leave the first point of the path and settle in a cluster at its end. */
  function convoyTargets(state) {
    const out = [];
    for (const convoy of state.convoys) {
      const from = project(convoy.path[0]);
      const to = project(convoy.path[convoy.path.length - 1]);
      const offset = out.length;
      for (let i = 0; i < convoy.count; i++) {
        const n = offset + i;
        const a = n * 2.39996;
        const r = 0.45 * Math.sqrt(n);
        out.push({ key: `${convoy.id}-${i}`, tone: convoy.tone, from, x: to[0] + r * Math.cos(a), y: to[1] + r * Math.sin(a) });
      }
    }
    return out;
  }

  function drawConvoys(state, index) {
    const targets = convoyTargets(state);
    const old = new Map(convoyDots.map((d) => [d.key, d]));
    const next = [];
    for (const t of targets) {
      let dot = old.get(t.key);
      if (dot) old.delete(t.key);
      else {
        const node = el('circle', { class: 'bl-vehicle', r: 1.6, fill: COLORS[t.tone] }, marks);
        dot = { key: t.key, node, x: t.from[0], y: t.from[1] };
      }
      dot.sx = dot.x;
      dot.sy = dot.y;
      dot.tx = t.x;
      dot.ty = t.y;
      dot.delay = Math.random() * 300;
      next.push(dot);
    }
    for (const dot of old.values()) dot.node.remove();
    convoyDots = next;
    markTimer?.stop();
    if (state.scrub) return; // progress drives them
    markTimer = timer((elapsed) => {
      let done = true;
      for (const dot of convoyDots) {
        const t = Math.max(0, Math.min(1, (elapsed - dot.delay) / DURATION));
        if (t < 1) done = false;
        const e = easeCubicInOut(t);
        dot.x = dot.sx + (dot.tx - dot.sx) * e;
        dot.y = dot.sy + (dot.ty - dot.sy) * e;
      }
      applyCamera(current);
      if (done) markTimer.stop();
    });
  }

  function scrubConvoys(progress) {
    for (const dot of convoyDots) {
      const t = Math.max(0, Math.min(1, progress * 1.5 - dot.delay / 1000));
      dot.x = dot.sx + (dot.tx - dot.sx) * t;
      dot.y = dot.sy + (dot.ty - dot.sy) * t;
    }
    applyCamera(current);
  }

  function drawChart(state) {
    chartG.replaceChildren();
    const title = el('text', { class: 'bl-chart-title', x: 16, y: 32 }, chartG);
    title.textContent = state.title;
    const total = state.groups.reduce((s, g) => s + Math.round(g.value / state.unit.value), 0);
    const side = Math.max(3, Math.floor(Math.sqrt(((width - 32) * (height - 140)) / (total * 1.6))));
    const cols = Math.floor((width - 32) / side);
    let y = 60;
    state.groups.forEach((group, gi) => {
      const label = el('text', { class: 'bl-chart-label', x: 16, y: y + 14 }, chartG);
      label.textContent = `${group.label}: ${group.display ?? group.value}`;
      y += 24;
      const n = Math.round(group.value / state.unit.value);
      for (let i = 0; i < n; i++) {
        const x = 16 + (i % cols) * side;
        const yy = y + Math.floor(i / cols) * side;
        el('rect', { class: `bl-unit bl-unit-${gi}`, x, y: yy, width: side - 1, height: side - 1, opacity: 0 }, chartG);
      }
      y += Math.ceil(n / cols) * side + 16;
    });
    const note = el('text', { class: 'bl-chart-label', x: 16, y: y + 10 }, chartG);
    note.textContent = `Each square: ${state.unit.label}`;
    const units = [...chartG.querySelectorAll('.bl-unit')];
    markTimer?.stop();
    markTimer = timer((elapsed) => {
      const shown = Math.min(units.length, Math.ceil((elapsed / DURATION) * units.length));
      for (let i = 0; i < shown; i++) units[i].setAttribute('opacity', 1);
      if (shown >= units.length) markTimer.stop();
    });
  }

  function fade(node, to) {
    const from = Number(node.getAttribute('opacity') ?? 1);
    const i = interpolateNumber(from, to);
    const t = timer((elapsed) => {
      const e = Math.min(1, elapsed / DURATION);
      node.setAttribute('opacity', i(easeCubicInOut(e)));
      if (e >= 1) t.stop();
    });
  }

  function show(index, instant = false) {
    const state = states[index];
    const previous = states[active] ?? null;
    active = index;
    if (state.type === 'unit-chart') {
      fade(chartG, 1);
      fade(camera, 0.15);
      fade(marks, 0);
      drawChart(state);
      return;
    }
    if (previous?.type === 'unit-chart' || previous === null) {
      fade(chartG, 0);
      fade(camera, 1);
      fade(marks, 1);
    }
    for (const [id, path] of routePaths) path.style.display = state.routes.includes(id) ? '' : 'none';
    const wantedRegions = new Set(state.regions.map((r) => (typeof r === 'string' ? r : r.id)));
    for (const [id, path] of regionPaths) path.style.display = wantedRegions.has(id) ? '' : 'none';
    drawPlaces(state);
    drawConvoys(state, index);

    // Camera: transition the <g> transform.
    const target = viewFor(state);
    cameraTimer?.stop();
    if (instant) applyCamera(target);
    else {
      const i = interpolate(current, target);
      cameraTimer = timer((elapsed) => {
        const e = Math.min(1, elapsed / DURATION);
        applyCamera(i(easeCubicInOut(e)));
        if (e >= 1) cameraTimer.stop();
      });
    }

    // Held line: stroke-dashoffset, scrubbed by progress on advance steps.
    heldPath.setAttribute('d', heldGeom.d);
    heldPath.style.display = state.held ? '' : 'none';
    heldTimer?.stop();
    if (!state.scrub) {
      const i = interpolateNumber(heldLength, heldTarget(state));
      heldTimer = timer((elapsed) => {
        const e = Math.min(1, elapsed / DURATION);
        setHeld(i(easeCubicInOut(e)));
        if (e >= 1) heldTimer.stop();
      });
    }
  }

  function progress(index, p) {
    const state = states[index];
    if (!state?.scrub || index !== active) return;
    const before = states[index - 1];
    if (state.held) {
      const from = before?.type === 'corridor-map' && before.held ? heldTarget(before) : 0;
      setHeld(from + (heldTarget(state) - from) * Math.min(1, p * 1.5));
    }
    if (state.convoys.length) scrubConvoys(p);
  }

  layout();
  show(0, true);

  const scroller = scrollama();
  scroller
    .setup({ step: '.bl-step', offset: 0.6, progress: true })
    .onStepEnter(({ element, index }) => {
      for (const s of stepsBox.children) s.classList.toggle('is-active', s === element);
      show(index);
    })
    .onStepProgress(({ index, progress: p }) => progress(index, p));

  let resizeTimeout;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimeout);
    resizeTimeout = setTimeout(() => {
      layout();
      const index = Math.max(0, active);
      active = -1;
      placeNodes.forEach((n) => n.g.remove());
      placeNodes.clear();
      show(index, true);
      scroller.resize();
    }, 150);
  });
  root.dataset.ready = 'true';
}

main().catch((error) => console.error(error));
