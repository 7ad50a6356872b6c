/**
 * `index.html` of a snapshot folder: a complete HTML document whose body is StaticStory
 * rendered with `svelte/server`, each graphic an `<img>` of its step's SVG file (in a
 * `<picture>` whose source, on a phone, is the phone-size drawing). The
 * components' scoped CSS is not part of a server render, so the page carries PAGE_CSS, a
 * `<style>` with the same looks in plain selectors (a static host allows inline styles).
 */
import { render } from 'svelte/server';
import type { Story } from '../../schema/parseStory.js';
import StaticStory from '../StaticStory.svelte';
import { withoutHydrationMarkers } from './snapshotSvg.js';
import { preparedContext } from '../../core/preparedContext.js';
import type { Prepared } from '../../core/prepareStory.js';
import { PHONE_MEDIA } from './phoneSize.js';

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const PAGE_CSS = `
html { background: #fbfaf7; }
body { margin: 0; color: #1b1b1b; background: #fbfaf7; font: 400 100%/1.5 Georgia, "Times New Roman", serif; }
.scrollstage-static { max-width: 42em; margin: 0 auto; padding: 0 1em 2em; }
.scrollstage-static header { padding: 2em 0 1em; }
.scrollstage-static .title { font: 700 clamp(1.6em, 5vw, 2.4em)/1.15 ${SANS}; margin: 0 0 0.6em; }
.scrollstage-static .dek { font-size: 1.15em; line-height: 1.45; margin: 0 0 0.8em; }
.scrollstage-static .meta { display: flex; flex-wrap: wrap; gap: 0.25em 1em; margin: 0; font: 400 0.85em/1.4 ${SANS}; color: #565656; }
.step { margin: 2.5em 0 0; }
.step .kicker { margin: 0 0 0.35em; font: 600 0.8em/1.3 ${SANS}; letter-spacing: 0.04em; text-transform: uppercase; color: #a8322a; }
.step .text { margin: 0 0 0.6em; font: 400 1.08em/1.55 Georgia, "Times New Roman", serif; }
.step p.sources { margin: 0.5em 0 0; font: 400 0.8em/1.4 ${SANS}; color: #565656; }
.graphic { margin: 1em 0 0; }
.graphic img, .graphic svg { display: block; max-width: 100%; height: auto; }
section.sources { margin: 2.5em 0 0; padding: 1.25em 0 0; border-top: 1px solid #d8d4cb; font: 400 0.9em/1.5 ${SANS}; }
section.sources h2 { font: 700 1.05em/1.3 ${SANS}; margin: 0 0 0.75em; }
section.sources p { margin: 0 0 0.75em; }
section.sources ul { margin: 0; padding-inline-start: 1.1em; }
section.sources li { margin: 0 0 0.4em; }
section.sources .note { color: #565656; }
a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
a:focus-visible { outline: 2px solid #1c5fa8; outline-offset: 2px; }
.graphic .phone { display: none; }
@media ${PHONE_MEDIA} {
  body { font-size: 106.25%; }
  .scrollstage-static { padding: 0 1.1em 2em; }
  .scrollstage-static header { padding: 1.5em 0 0.5em; }
  .step { margin: 2em 0 0; }
  .graphic { margin: 1em -1.1em 0; }
  .graphic .phone { display: block; }
  .graphic .wide { display: none; }
  .step p.sources, .scrollstage-static .meta { font-size: 0.85em; }
}
`.trim();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface SnapshotPageOptions {
  /** Size the graphics were drawn at, px (the `<img>` size, reserved before they load). */
  width: number;
  height: number;
  /** URL of step `index`'s image. */
  src: (index: number) => string;
  /** What prepareStory gave for the story: where the photos a drawing drawn inline shows are. */
  prepared?: Prepared;
  /** The phone-size drawings, which narrow screens show instead (`<picture>` sources): their size and URLs. */
  phone?: { width: number; height: number; src: (index: number) => string };
}

export function snapshotPage(story: Story, { width, height, src, prepared, phone }: SnapshotPageOptions): string {
  const { body } = render(StaticStory, {
    props: { story, graphics: 'img', src, width, height, headingLevel: 1, ...(phone ? { phone } : {}) },
    context: preparedContext(prepared)
  });
  const description = story.dek ? `\n<meta name="description" content="${escapeHtml(story.dek)}">` : '';
  return `<!doctype html>
<html lang="${escapeHtml(story.lang)}" dir="${story.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(story.title)}</title>${description}
<style>
${PAGE_CSS}
</style>
</head>
<body>
${withoutHydrationMarkers(body).trim()}
</body>
</html>
`;
}
