/**
 * The demo pages' no-JavaScript fallback, built from the same components as the live
 * explainer (DESIGN.md principle 2): each step's text and a static SVG of its end state,
 * server-rendered at build time into the page's fallback box. The live explainer replaces
 * it when JavaScript runs.
 */
import { render } from 'svelte/server';
import StaticStory from '../src/components/StaticStory.svelte';
import { snapshotSvg, withoutHydrationMarkers } from '../src/components/snapshot/snapshotSvg.js';
import { snapshotFileName } from '../src/components/snapshot/snapshotFileName.js';
import { PAGE_CSS } from '../src/components/snapshot/snapshotPage.js';
import { parseStory } from '../src/schema/parseStory.js';
import { prepareStory } from '../src/core/prepareStory.js';
import { nodeEnv } from '../src/cli/nodeFiles.js';
import { preparedContext } from '../src/core/preparedContext.js';

/** The static story's look, limited to the fallback box so it cannot touch the live explainer. */
function scopedCss(scope: string): string {
  return PAGE_CSS.split('\n')
    .filter((line) => !/^(html|body)\s/.test(line))
    .map((line) => {
      const brace = line.indexOf('{');
      const selectors = line.slice(0, brace).split(',').map((s) => `${scope} ${s.trim()}`);
      return `${selectors.join(', ')} ${line.slice(brace)}`;
    })
    .join('\n');
}

/** `file`: the story's path, from which what it names relative to itself (its basemap) is read. */
export async function prerenderFallback(json: unknown, file: string, imageBase: string, scope = '.explainer-fallback') {
  const story = parseStory(json);
  const prepared = await prepareStory(story, nodeEnv(file));
  const files = story.steps.map((_, i) => ({ name: snapshotFileName(story, i), svg: snapshotSvg(story, i, 800, 600, prepared) }));
  // Steps that show a photo are drawn in the page: the files the story names are under stories/, beside it.
  const inPage = await prepareStory(story, { ...nodeEnv(file), fileUrl: (src) => (/^https?:/.test(src) ? src : `./stories/${src}`) });
  const { body } = render(StaticStory, {
    props: { story, graphics: 'img', src: (i: number) => imageBase + snapshotFileName(story, i), headingLevel: 2 },
    context: preparedContext(inPage)
  });
  return { html: withoutHydrationMarkers(body).trim(), css: scopedCss(scope), files };
}
