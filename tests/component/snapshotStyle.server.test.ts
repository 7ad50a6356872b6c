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
import { expectOnlyOurMarkup, styleContents } from '../helpers/ourMarkup.js';

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
      expect(styleContents(svg)).toEqual(step.state.type === 'map' ? [css] : []);
      // Outside our stylesheet every element is one the snapshot draws itself: the payload is only ever escaped text.
      expectOnlyOurMarkup(svg);
    }
  });
});
