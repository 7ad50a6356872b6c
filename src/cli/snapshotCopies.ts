/**
 * The files a story's snapshots show (photos, posters: each definition's `snapshotFiles`)
 * and where `scrollstage snapshot` copies them: under `media/` beside the SVGs, by their
 * own names (a second file of the same name gets `-2`), so the folder holds everything it
 * shows and can be copied anywhere as it is. A file given as an http(s) URL stays where it is.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, extname } from 'node:path';
import type { Story } from '../schema/parseStory.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';

/** Folder of the copies, beside the SVGs. */
export const COPIES_FOLDER = 'media';

export interface Copy {
  /** The file on disk. */
  from: string;
  /** Its path in the snapshot folder (`media/photo.jpg`): what the drawings reference. */
  to: string;
}

/** The copies by path as the story writes it. `storyFile` is the story's absolute path. */
export function snapshotCopies(story: Story, registry: GraphicRegistry<GraphicDefinition>, storyFile: string): Map<string, Copy> {
  const base = pathToFileURL(storyFile);
  const copies = new Map<string, Copy>();
  const taken = new Map<string, string>(); // copy path -> file
  for (const step of story.steps) {
    const files = registry.get(step.state.type)?.snapshotFiles?.(step.state as never) ?? [];
    for (const src of files) {
      if (copies.has(src) || /^https?:\/\//i.test(src)) continue;
      const from = fileURLToPath(new URL(src, base));
      let to = [...taken].find(([, file]) => file === from)?.[0];
      if (!to) {
        const name = basename(from);
        const ext = extname(name);
        to = `${COPIES_FOLDER}/${name}`;
        for (let n = 2; taken.has(to); n++) to = `${COPIES_FOLDER}/${name.slice(0, name.length - ext.length)}-${n}${ext}`;
        taken.set(to, from);
      }
      copies.set(src, { from, to });
    }
  }
  return copies;
}
