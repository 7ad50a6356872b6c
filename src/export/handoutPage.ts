/**
 * The printable handout: the story as the snapshot page tells it (StaticStory rendered with
 * `svelte/server`, each graphic its standalone server-rendered SVG, inline, so it prints as
 * vectors), with print CSS: a title page (title, dek, byline, date), then each step on a
 * page of its own with its kicker, text, graphic and sources kept together, then the method
 * and sources. Chromium prints it to PDF (`Page.printToPDF`), on the paper the @page rule names.
 */
import { render } from 'svelte/server';
import type { Story } from '../schema/parseStory.js';
import StaticStory from '../components/StaticStory.svelte';
import { PAGE_CSS } from '../components/snapshot/snapshotPage.js';
import { withoutHydrationMarkers } from '../components/snapshot/snapshotSvg.js';
import { preparedContext } from '../core/preparedContext.js';
import type { Prepared } from '../core/prepareStory.js';

export type Paper = 'a4' | 'letter';

/** Paper sizes and margins, mm. */
export const PAPERS: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' }
};
const MARGIN_MM = { top: 16, side: 16, bottom: 18 };

/** Size the graphics are drawn at, px: 4:3, scaled to the text column (about 680 px on either paper). */
export const HANDOUT_GRAPHIC = { width: 800, height: 600 };

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The story's font (its theme's) for the text that PAGE_CSS sets in Georgia; headings keep the sans. */
function fontRules(story: Story): string {
  const font = story.theme?.font;
  if (!font || /[;{}<>]/.test(font)) return '';
  return `body, .step .text { font-family: ${font}; }`;
}

export function printCss(paper: Paper): string {
  const { css } = PAPERS[paper];
  return `
@page { size: ${css}; margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm; }
html, body { background: #fff; }
body { font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scrollstage-static { max-width: none; padding: 0; }
/* The title page: the header alone, a third of the way down. */
.scrollstage-static > header { padding: 28% 0 0; break-after: page; }
.scrollstage-static .title { font-size: 26pt; }
.scrollstage-static .dek { font-size: 14pt; }
.scrollstage-static .meta { font-size: 10pt; }
/* A step a page: its text, graphic and sources together. */
.step { margin: 0; break-before: page; break-inside: avoid; }
.step .text { font-size: 11.5pt; line-height: 1.5; orphans: 3; widows: 3; }
.graphic { break-inside: avoid; margin: 0.8em 0 0; }
.graphic svg { width: 100%; height: auto; max-height: 150mm; }
section.sources { break-before: page; border-top: 0; margin: 0; padding: 0; font-size: 10pt; }
section.sources li { break-inside: avoid; }
a { color: inherit; }
`.trim();
}

export interface HandoutOptions {
  paper: Paper;
  /** What prepareStory gave for the story (the basemap; photos at file URLs Chromium can open). */
  prepared?: Prepared;
}

export function handoutPage(story: Story, { paper, prepared }: HandoutOptions): string {
  const { width, height } = HANDOUT_GRAPHIC;
  const { body } = render(StaticStory, {
    props: { story, graphics: 'inline', width, height, headingLevel: 1 },
    context: preparedContext(prepared)
  });
  return `<!doctype html>
<html lang="${escapeHtml(story.lang)}" dir="${story.dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(story.title)}</title>
<style>
${PAGE_CSS}
${printCss(paper)}
${fontRules(story)}
</style>
</head>
<body>
${withoutHydrationMarkers(body).trim()}
</body>
</html>
`;
}
