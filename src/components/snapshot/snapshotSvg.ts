/**
 * A step's graphic as the text of a standalone `.svg` file: SnapshotGraphic rendered with
 * `svelte/server`, without the comments Svelte leaves for hydration (a file is never
 * hydrated).
 */
import { render } from 'svelte/server';
import type { Story } from '../../schema/parseStory.js';
import SnapshotGraphic from './SnapshotGraphic.svelte';
import { preparedContext } from '../../core/preparedContext.js';
import type { Prepared } from '../../core/prepareStory.js';

/**
 * Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--]-->`, `<!---->`, `<!--$s1-->` and
 * the hash after `{@html}` (whose only value is styleElement's escaped stylesheet). Story
 * text never reaches here as a comment: Svelte escapes `<` in text and attributes.
 */
const HYDRATION_MARKERS = /<!--[\w$[\]!-]*-->/g;

export function withoutHydrationMarkers(html: string): string {
  return html.replace(HYDRATION_MARKERS, '');
}

/** `prepared`: what prepareStory gave for the story (the map's basemap). */
export function snapshotSvg(story: Story, index: number, width: number, height: number, prepared?: Prepared): string {
  const { body } = render(SnapshotGraphic, { props: { story, index, width, height }, context: preparedContext(prepared) });
  return `${withoutHydrationMarkers(body).trim()}\n`;
}
