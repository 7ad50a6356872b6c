// @vitest-environment node
// The snapshot's one `{@html}` writes our own stylesheet into each map SVG. Nothing a story
// contains can reach it: with an injection payload in every text field, every snapshot
// still has exactly that one <style>, unchanged, and none of the payload's markup.
import { describe, expect, it } from 'vitest';
import { snapshotSvg } from '../../src/components/snapshot/snapshotSvg.js';
import { snapshotCss, styleElement, withThemeColors } from '../../src/components/snapshot/snapshotStyle.js';
import { themeColors } from '../../src/core/theme.js';
import { MAP_SNAPSHOT_RULES } from '../../src/graphics/map/snapshotRules.js';

const SNAPSHOT_CSS = snapshotCss(MAP_SNAPSHOT_RULES);
import { parseStory } from '../../src/schema/parseStory.js';
import { flagshipJson, flagshipPrepared } from '../helpers/flagship.js';
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

  it.each(Object.entries(TEXT_PAYLOADS))('stays ours with the %s payload in every text field', (_name, payload) => {
    const story = parseStory(storyWithPayload(flagshipJson() as never, payload));
    const css = withThemeColors(SNAPSHOT_CSS, themeColors(story));
    for (const step of story.steps) {
      const svg = snapshotSvg(story, step.index, 800, 600, flagshipPrepared());
      const styles = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles).toEqual(step.state.type === 'map' ? [css] : []);
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
