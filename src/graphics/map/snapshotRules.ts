/**
 * The map's CSS for a standalone SVG file. An `<img src="step.svg">` sees no page CSS and
 * the components' scoped styles are not in a server render, so a snapshot carries its own
 * copy: the rules of CorridorMap, PlaceSymbol, Legend, ScaleBar and Locator, each
 * component's bare element selectors (`svg`, `text`, `line`) narrowed to that component's
 * elements. The snapshot scopes them under its own class and writes the story's theme
 * colours in place of their `var(--ss-…)`. A test compares these rules with the components'.
 */
import type { SnapshotRules } from '../../core/defineGraphic.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** [selector inside the snapshot, declarations], in the components' order. */
export const MAP_SNAPSHOT_RULES: SnapshotRules = [
  // CorridorMap.svelte
  ["svg.scrollstage-map", "display: block; font-family: var(--ss-font, system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif); overflow: hidden; direction: ltr;"],
  [".scrollstage-map text", "unicode-bidi: plaintext;"],
  [".scrollstage-map .water", "fill: var(--ss-water, #dde7ee);"],
  [".scrollstage-map .camera .land", "fill: var(--ss-land, #f3f1ec);"],
  [".scrollstage-map .camera .focus", "fill: var(--ss-focus-land, #e9e4d8);"],
  [".scrollstage-map .area", "fill: var(--ss-paper, #fbfaf7); fill-opacity: 0.35; stroke: var(--ss-area, #6f685b); stroke-width: 1; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke;"],
  [".scrollstage-map .borders", "fill: none; stroke: var(--ss-border, #8f887a); stroke-width: 1.2; stroke-linejoin: round; vector-effect: non-scaling-stroke;"],
  [".scrollstage-map .casing, .scrollstage-map .route, .scrollstage-map .progress, .scrollstage-map .remaining", "fill: none; stroke-linecap: round; stroke-linejoin: round; vector-effect: non-scaling-stroke;"],
  [".scrollstage-map .casing", "stroke: var(--ss-casing, #ffffff);"],
  [".scrollstage-map .progress", "stroke-width: 5.5; stroke-opacity: 0.92;"],
  [".scrollstage-map .remaining", "stroke-width: 3.5; stroke-dasharray: 1 6;"],
  [".scrollstage-map .uncertainty", "fill: var(--ss-ink, #1b1b1b); fill-opacity: 0.04; stroke: var(--ss-muted, #565656); stroke-width: 0.8; stroke-dasharray: 2 3;"],
  [".scrollstage-map .ring", "fill: none; stroke: var(--ss-ring, #a8322a); stroke-width: 2.2;"],
  [".scrollstage-map .front-halo", "stroke: #fff; stroke-width: 8; stroke-linecap: round;"],
  [".scrollstage-map .front-bar", "stroke-width: 4; stroke-linecap: round;"],
  [".scrollstage-map > text", "fill: var(--ss-ink, #1b1b1b); paint-order: stroke; stroke: var(--ss-paper, #fbfaf7); stroke-width: 3px; stroke-linejoin: round;"],
  [".scrollstage-map .label.strong-label", "font-weight: 700;"],
  [".scrollstage-map .label.annotation-label", "font-style: italic;"],
  [".scrollstage-map .label.remaining-label", "font-weight: 700;"],
  [".scrollstage-map .label.area-label", "fill: var(--ss-area, #6f685b); letter-spacing: 1.6px;"],
  [".scrollstage-map .label.country-label", "fill: var(--ss-muted, #565656); letter-spacing: 2.4px;"],
  [".scrollstage-map .credit", "fill: var(--ss-muted, #565656);"],
  // layers/PlaceSymbol.svelte
  [".scrollstage-map .symbol", "stroke-width: 1.4;"],
  [".scrollstage-map .symbol:not(.filled)", "fill: var(--ss-paper, #fbfaf7); stroke: var(--ss-ink, #1b1b1b);"],
  [".scrollstage-map .dot-symbol:not(.filled), .scrollstage-map .strong .symbol:not(.filled)", "fill: var(--ss-ink, #1b1b1b);"],
  [".scrollstage-map .filled", "stroke: #fff; stroke-width: 1.2;"],
  [".scrollstage-map .dot", "fill: var(--ss-ink, #1b1b1b);"],
  [".scrollstage-map .approximate .symbol", "stroke-dasharray: 2 1.6;"],
  [".scrollstage-map .approximate .symbol:not(.filled)", "fill: none;"],
  // layers/Legend.svelte
  [".legend .legend-bg", "fill: var(--ss-paper, #fbfaf7); fill-opacity: 0.9;"],
  [".legend text", "fill: var(--ss-ink, #1b1b1b);"],
  [".legend line", "stroke-linecap: round;"],
  [".legend .ring", "fill: none; stroke-width: 2;"],
  // layers/ScaleBar.svelte
  [".scale-bar .bar", "fill: none; stroke: var(--ss-ink, #1b1b1b); stroke-width: 1.5;"],
  [".scale-bar text", "fill: var(--ss-ink, #1b1b1b); paint-order: stroke; stroke: var(--ss-paper, #fbfaf7); stroke-width: 3px; stroke-linejoin: round;"],
  // layers/Locator.svelte
  [".locator .bg", "fill: var(--ss-water, #dde7ee);"],
  [".locator .land", "fill: var(--ss-land, #f3f1ec);"],
  [".locator .focus", "fill: var(--ss-focus-land, #e9e4d8); stroke: var(--ss-border, #8f887a); stroke-width: 0.8;"],
  [".locator .view", "fill: var(--ss-highlight, #a8322a); fill-opacity: 0.12; stroke: var(--ss-ink, #1b1b1b); stroke-width: 1.5;"],
  [".locator .edge", "fill: none; stroke: var(--ss-border, #8f887a); stroke-width: 1;"]
];
