// @vitest-environment node
// The snapshot's one `{@html}` writes our own stylesheet into each map SVG. Nothing a story
// contains can reach it: with an injection payload in every text field, every snapshot
// still has exactly that one <style>, unchanged, and none of the payload's markup.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { SNAPSHOT_CSS, styleElement } from '../../src/components/snapshot/snapshotStyle.js';
import { parseStory } from '../../src/schema/parseStory.js';
import { flagshipJson } from '../helpers/flagship.js';
import { TEXT_PAYLOADS, storyWithPayload } from '../fixtures/injection/payloads.js';

/** What SnapshotGraphic, CorridorMap and UnitChartSnapshot draw. */
const SVG_ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'line', 'text', 'tspan', 'clipPath', 'title', 'polygon', 'polyline'];

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

describe('snapshot SVG <style>', () => {
  it('is a constant that cannot close its own element', () => {
    // A child combinator's `>` is fine in CSS; only `<` could start `</style>`.
    expect(SNAPSHOT_CSS).not.toContain('<');
    expect(styleElement(SNAPSHOT_CSS)).toBe(`<style>${SNAPSHOT_CSS}</style>`);
  });

  it.each([
    '</style><script>alert(1)</script>',
    '</STYLE ><img src=x onerror=alert(1)>',
    'a::after { content: "</style><svg onload=alert(1)>" }',
    '<!-- --><style>',
    ...Object.values(TEXT_PAYLOADS)
  ])('is written by styleElement, which keeps any text inside one <style>: %s', (css) => {
    const element = styleElement(css);
    expect(element.startsWith('<style>')).toBe(true);
    expect(element.endsWith('</style>')).toBe(true);
    // Between the tags there is no "<" at all, so no tag, comment or closing tag can start.
    expect(element.slice('<style>'.length, -'</style>'.length)).not.toContain('<');
    // Parsed as HTML, it is one <style> element whose text is the CSS, escaped.
    const doc = new JSDOM(`<body>${element}</body>`).window.document;
    expect([...doc.body.children].map((e) => e.tagName)).toEqual(['STYLE']);
    // (The HTML parser reads a NUL as U+FFFD, as it does everywhere.)
    expect(doc.body.firstElementChild!.textContent).toBe(css.replace(/</g, '\\3c ').replace(/\0/g, '\uFFFD'));
  });

  it.each(Object.entries(TEXT_PAYLOADS))('stays ours with the %s payload in every text field', (_name, payload) => {
    const story = parseStory(storyWithPayload(flagshipJson() as never, payload));
    for (const step of story.steps) {
      const svg = snapshotSvg(story, step.index, 800, 600);
      const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles).toEqual(step.state.type === 'corridor-map' ? [SNAPSHOT_CSS] : []);
      // Outside our stylesheet every element is one the snapshot draws itself, with no event
      // handler or script URL: the payload is only ever escaped text.
      const rest = svg.replace(/<style>[\s\S]*?<\/style>/g, '');
      for (const [, name, attributes] of rest.matchAll(TAG)) {
        expect(SVG_ELEMENTS).toContain(name);
        for (const [, attribute, value = ''] of (attributes ?? '').matchAll(ATTRIBUTE)) {
          expect(attribute!.toLowerCase().startsWith('on'), `${name} ${attribute}`).toBe(false);
          expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
      }
      // Every "<" left starts one of those tags or a closing tag: none is the payload's.
      expect(rest.replace(TAG, '').replace(/<\/[a-zA-Z][\w:-]*>/g, '')).not.toContain('<');
    }
  });
});
