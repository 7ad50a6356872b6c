/**
 * A video frame as the phone layout shows a step: the graphic filling the frame and the
 * step's text card over its lower part (a landscape frame has the card on the story's start
 * side instead, the graphic keeping clear of it). Everything is laid out at a phone's scale
 * (the frame's short side is CSS_SHORT_SIDE CSS px) and zoomed to the frame, so a 1080×1920
 * frame is a 400×711 phone at 2.7× and its type is as readable as on one.
 *
 * The page is loaded once; each frame hands it the panel's SVG and the cards' HTML
 * (`show`), which it swaps in only when they changed, waiting for photos and fonts, never
 * for a clock.
 */
import { render } from 'svelte/server';
import type { Story } from '../schema/parseStory.js';
import type { Insets } from '../core/graphicProps.js';
import { NO_INSETS } from '../core/graphicProps.js';
import { NARROW_CARD_INSET } from '../constants.js';
import StepText from '../components/StepText.svelte';
import { withoutHydrationMarkers } from '../components/snapshot/snapshotSvg.js';
import { themeColors } from '../core/theme.js';
import { easeCubicInOut } from '../motion/easing.js';
import { CARD_MS } from './timeline.js';
import type { StageBox } from './stageMotion.js';

/** CSS px on the frame's short side: a phone's width. */
export const CSS_SHORT_SIDE = 400;
/** Margin around a card, CSS px. */
const CARD_MARGIN = 12;
/** How far a card travels as it comes in or goes, CSS px. */
const CARD_TRAVEL = 48;
/** Largest share of the frame's height a card may take before its type is made smaller. */
const CARD_MAX_SHARE = { portrait: 0.46, landscape: 0.86 };

export interface VideoLayout {
  /** Frame size, device px. */
  width: number;
  height: number;
  /** Device px per CSS px. */
  zoom: number;
  /** The graphic's drawing size, CSS px, and the part its card covers. */
  graphic: { width: number; height: number; insets: Insets };
  portrait: boolean;
  /** The card's width, CSS px (landscape: a column on the start side). */
  cardWidth: number;
}

export function videoLayout(width: number, height: number, dir: 'ltr' | 'rtl'): VideoLayout {
  const zoom = Math.min(width, height) / CSS_SHORT_SIDE;
  const gw = Math.round(width / zoom);
  const gh = Math.round(height / zoom);
  const portrait = height >= width;
  if (portrait) {
    return {
      width,
      height,
      zoom,
      portrait,
      cardWidth: gw - 2 * CARD_MARGIN,
      graphic: {
        width: gw,
        height: gh,
        insets: { ...NO_INSETS, bottom: Math.round(gh * NARROW_CARD_INSET) }
      }
    };
  }
  const cardWidth = Math.round(Math.min(gw * 0.4, 340));
  const side = cardWidth + 2 * CARD_MARGIN;
  const insets = dir === 'rtl' ? { ...NO_INSETS, right: side } : { ...NO_INSETS, left: side };
  return {
    width,
    height,
    zoom,
    portrait,
    cardWidth,
    graphic: { width: gw, height: gh, insets }
  };
}

/**
 * The layout with room for its cards: in a portrait frame the graphic keeps clear of the
 * tallest card (`cardHeight`, CSS px, as the page measured it), not only of the phone's
 * NARROW_CARD_INSET, so the map's credit, scale bar and a chart's last lines stay on screen.
 */
export function withCardRoom(layout: VideoLayout, cardHeight: number): VideoLayout {
  if (!layout.portrait) return layout;
  const { graphic } = layout;
  const bottom = Math.max(graphic.insets.bottom, Math.ceil(cardHeight) + 2 * CARD_MARGIN + 4);
  return {
    ...layout,
    graphic: {
      ...graphic,
      insets: {
        ...graphic.insets,
        bottom: Math.min(bottom, Math.round(graphic.height * 0.6))
      }
    }
  };
}

/**
 * Types whose drawing may spill under a card when it needs the room (the unit chart does, as
 * on a phone, where the card scrolls on): a video's card stays, so a chart is drawn in the
 * part of the frame the card leaves clear. Maps and pictures fill the frame, keeping their
 * own things clear of the card (the `insets`).
 */
export const CLEAR_BOX_TYPES: ReadonlySet<string> = new Set(['unit-chart', 'bar-chart', 'line-chart']);

/** Where each type is drawn in this layout. */
export function stageBoxes(layout: VideoLayout): (type: string) => StageBox {
  const { width, height, insets } = layout.graphic;
  const full: StageBox = { x: 0, y: 0, width, height, insets };
  const clear: StageBox = {
    x: insets.left,
    y: insets.top,
    width: width - insets.left - insets.right,
    height: height - insets.top - insets.bottom,
    insets: NO_INSETS
  };
  return (type) => (CLEAR_BOX_TYPES.has(type) ? clear : full);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A step's card content: StepText rendered on the server (kicker, text, sources). */
export function cardContent(story: Story, index: number): string {
  const { body } = render(StepText, {
    props: { story, step: story.steps[index]! }
  });
  return withoutHydrationMarkers(body).trim();
}

/** The cards on screen `elapsedMs` into step `index`: the one before leaving, then the step's coming in, over CARD_MS. */
export function cardsAt(contents: readonly string[], index: number, elapsedMs: number): string {
  const card = (i: number, opacity: number, dy: number) => {
    const style = opacity >= 1 && dy === 0 ? '' : ` style="opacity:${opacity.toFixed(3)};transform:translateY(${dy.toFixed(1)}px)"`;
    return `<div class="card" data-step="${i}"${style}>${contents[i]}</div>`;
  };
  if (index === 0 || elapsedMs >= CARD_MS) return card(index, 1, 0);
  // The card before leaves upwards in the first half; this one comes up into place in the second.
  const half = CARD_MS / 2;
  if (elapsedMs < half) {
    const t = easeCubicInOut(Math.max(0, elapsedMs / half));
    return card(index - 1, 1 - t, -CARD_TRAVEL * t);
  }
  const t = easeCubicInOut((elapsedMs - half) / half);
  return card(index, t, CARD_TRAVEL * (1 - t));
}

/** The page frames are shown in. */
export function framePage(story: Story, layout: VideoLayout): string {
  const colors = themeColors(story);
  const serif = story.theme?.font ?? 'Georgia, "Times New Roman", serif';
  const sans = story.theme?.font ?? 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
  const { graphic, portrait, cardWidth, zoom } = layout;
  const maxShare = portrait ? CARD_MAX_SHARE.portrait : CARD_MAX_SHARE.landscape;
  const side = story.dir === 'rtl' ? 'right' : 'left';
  const place = portrait ? `left: ${CARD_MARGIN}px; right: ${CARD_MARGIN}px;` : `${side}: ${CARD_MARGIN}px; width: ${cardWidth}px;`;
  return `<!doctype html>
<html lang="${escapeHtml(story.lang)}" dir="${story.dir}">
<head>
<meta charset="utf-8">
<style>
html, body { margin: 0; padding: 0; overflow: hidden; background: ${colors.paper}; }
#frame { position: relative; width: ${graphic.width}px; height: ${graphic.height}px; zoom: ${zoom}; overflow: hidden; }
#stage, #stage > svg { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
#cards { position: absolute; inset: 0; }
.card { position: absolute; bottom: ${CARD_MARGIN + 4}px; ${place} box-sizing: border-box; padding: 0.9em 1em;
  background: ${/^#[0-9a-f]{6}$/i.test(colors.paper ?? '') ? `${colors.paper}f5` : 'rgba(251, 250, 247, 0.96)'}; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.18); font-size: 16px; color: ${colors.ink}; font-family: ${serif}; }
.card .kicker { margin: 0 0 0.35em; font: 600 0.8em/1.3 ${sans}; letter-spacing: 0.04em; text-transform: uppercase; color: ${colors.accent ?? '#a8322a'}; }
.card .text { margin: 0 0 0.6em; font: 400 1.08em/1.5 ${serif}; }
.card .sources { margin: 0.5em 0 0; font: 400 0.8em/1.4 ${sans}; color: ${colors.muted}; }
.card a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
</style>
</head>
<body>
<div id="frame"><div id="stage"></div><div id="cards"></div></div>
<script>
const stage = document.getElementById('stage');
const cards = document.getElementById('cards');
const MAX_HEIGHT = ${Math.round(graphic.height * maxShare)};
let lastStage = null;
let lastCards = null;
const fitted = new Map();
/** A card too tall for its share of the frame gets smaller type (once per card, remembered). */
function fit(card) {
  const key = card.dataset.step;
  if (fitted.has(key)) { card.style.fontSize = fitted.get(key); return; }
  let size = 16;
  card.style.fontSize = size + 'px';
  while (card.offsetHeight > MAX_HEIGHT && size > 9) { size -= 0.5; card.style.fontSize = size + 'px'; }
  fitted.set(key, card.style.fontSize);
}
function loaded(element) {
  const waits = [...element.querySelectorAll('image')].map((image) => {
    const href = image.getAttribute('href') || image.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (!href) return null;
    const img = new Image();
    img.src = href;
    return img.decode().catch(() => {});
  });
  return Promise.all(waits);
}
/** The tallest of these cards once fitted, CSS px. */
window.measure = async (contents) => {
  await document.fonts.ready;
  let tallest = 0;
  contents.forEach((content, i) => {
    cards.innerHTML = '<div class="card" data-step="' + i + '">' + content + '</div>';
    fit(cards.firstChild);
    tallest = Math.max(tallest, cards.firstChild.offsetHeight);
  });
  cards.innerHTML = '';
  lastCards = null;
  return tallest;
};
window.show = async (svg, html) => {
  if (svg !== lastStage) { stage.innerHTML = svg; lastStage = svg; await loaded(stage); }
  if (html !== lastCards) { cards.innerHTML = html; lastCards = html; for (const card of cards.children) fit(card); }
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return true;
};
</script>
</body>
</html>
`;
}
