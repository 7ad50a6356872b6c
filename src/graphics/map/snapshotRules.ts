/**
 * The map's CSS for a standalone SVG file. An `<img src="step.svg">` sees no page CSS and
 * the components' scoped styles are not in a server render, so a snapshot carries its own
 * copy: the rules of CorridorMap, Legend, ScaleBar and Locator with every
 * `var(--scrollstage-…, fallback)` resolved to its fallback colour, and each component's bare
 * element selectors (`svg`, `text`, `line`) narrowed to that component's elements. The
 * snapshot scopes them under its own class. A test compares these rules with the components'.
 */
import type { SnapshotRules } from '../../core/defineGraphic.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** [selector inside the snapshot, declarations], in the components' order. */
export const MAP_SNAPSHOT_RULES: SnapshotRules = [
  // CorridorMap.svelte
  ['svg.corridor-map', `display: block; font-family: ${FONT}; overflow: hidden; direction: ltr;`],
  ['.corridor-map text', 'unicode-bidi: plaintext;'],
  ['.corridor-map .water', 'fill: #dde7ee;'],
  ['.corridor-map .camera .land', 'fill: #f3f1ec;'],
  ['.corridor-map .camera .syria', 'fill: #e9e4d8;'],
  [
    '.corridor-map .region',
    'fill: #fbfaf7; fill-opacity: 0.35; stroke: #6f685b; stroke-width: 1; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke;'
  ],
  ['.corridor-map .borders', 'fill: none; stroke: #8f887a; stroke-width: 1.2; stroke-linejoin: round; vector-effect: non-scaling-stroke;'],
  [
    '.corridor-map .casing, .corridor-map .route, .corridor-map .held, .corridor-map .remaining',
    'fill: none; stroke-linecap: round; stroke-linejoin: round; vector-effect: non-scaling-stroke;'
  ],
  ['.corridor-map .casing', 'stroke: #ffffff; stroke-width: 4.5;'],
  ['.corridor-map .route', 'stroke: #8a8a8a; stroke-width: 1.8;'],
  ['.corridor-map .route.main', 'stroke: #3d3d3d; stroke-width: 2.6;'],
  ['.corridor-map .held', 'stroke: #c0392b; stroke-width: 5.5; stroke-opacity: 0.92;'],
  ['.corridor-map .remaining', 'stroke: #c0392b; stroke-width: 3.5; stroke-dasharray: 1 6;'],
  ['.corridor-map .symbol', 'fill: #fbfaf7; stroke: #1b1b1b; stroke-width: 1.4;'],
  ['.corridor-map .strong .symbol', 'fill: #1b1b1b;'],
  ['.corridor-map .dot', 'fill: #1b1b1b;'],
  ['.corridor-map .post', 'fill: #1c5fa8; stroke: #fff; stroke-width: 1.2;'],
  ['.corridor-map .approximate .symbol, .corridor-map .approximate .post', 'stroke-dasharray: 2 1.6;'],
  ['.corridor-map .approximate .symbol', 'fill: none;'],
  ['.corridor-map .uncertainty', 'fill: #1b1b1b; fill-opacity: 0.04; stroke: #565656; stroke-width: 0.8; stroke-dasharray: 2 3;'],
  ['.corridor-map .ring', 'fill: none; stroke: #c0392b; stroke-width: 2.2;'],
  ['.corridor-map .front-halo', 'stroke: #fff; stroke-width: 8; stroke-linecap: round;'],
  ['.corridor-map .front-bar', 'stroke: #c0392b; stroke-width: 4; stroke-linecap: round;'],
  ['.corridor-map > text', 'fill: #1b1b1b; paint-order: stroke; stroke: #fbfaf7; stroke-width: 3px; stroke-linejoin: round;'],
  ['.corridor-map .label.strong-label', 'font-weight: 700;'],
  ['.corridor-map .label.annotation-label', 'font-style: italic;'],
  ['.corridor-map .label.remaining-label', 'fill: #c0392b; font-weight: 700;'],
  ['.corridor-map .label.region-label', 'fill: #6f685b; letter-spacing: 1.6px;'],
  ['.corridor-map .label.country-label', 'fill: #565656; letter-spacing: 2.4px;'],
  ['.corridor-map .credit', 'fill: #565656;'],
  // map/Legend.svelte
  ['.legend .legend-bg', 'fill: #fbfaf7; fill-opacity: 0.9;'],
  ['.legend text', 'fill: #1b1b1b;'],
  ['.legend line', 'stroke-linecap: round;'],
  ['.legend .s-road', 'stroke: #3d3d3d; stroke-width: 2.5;'],
  ['.legend .s-held', 'stroke: #c0392b; stroke-width: 5;'],
  ['.legend .s-front', 'stroke: #c0392b; stroke-width: 4;'],
  ['.legend .s-remaining', 'stroke: #c0392b; stroke-width: 3; stroke-dasharray: 2 4;'],
  ['.legend .s-post', 'fill: #1c5fa8; stroke: #fff; stroke-width: 1;'],
  ['.legend .s-ring', 'fill: none; stroke: #c0392b; stroke-width: 2;'],
  ['.legend .s-approx', 'fill: none; stroke: #1b1b1b; stroke-width: 1.3; stroke-dasharray: 2 2;'],
  ['.legend .s-convoy.convoy-latest', 'fill: #1c5fa8;'],
  ['.legend .s-convoy.convoy-earlier', 'fill: #7fa7d6;'],
  // map/ScaleBar.svelte
  ['.scale-bar .bar', 'fill: none; stroke: #1b1b1b; stroke-width: 1.5;'],
  ['.scale-bar text', 'fill: #1b1b1b; paint-order: stroke; stroke: #fbfaf7; stroke-width: 3px; stroke-linejoin: round;'],
  // map/Locator.svelte
  ['.locator .bg', 'fill: #dde7ee;'],
  ['.locator .land', 'fill: #f3f1ec;'],
  ['.locator .syria', 'fill: #e9e4d8; stroke: #8f887a; stroke-width: 0.8;'],
  ['.locator .view', 'fill: #c0392b; fill-opacity: 0.12; stroke: #1b1b1b; stroke-width: 1.5;'],
  ['.locator .edge', 'fill: none; stroke: #8f887a; stroke-width: 1;']
];

