/** Shared by chromeLanguage.test.ts and chromeLanguage.server.test.ts. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { storyRegistry, type Story } from '../../src/schema/parseStory.js';
import { prepareStory, type Prepared } from '../../src/core/prepareStory.js';
import { readJsonUrl } from '../../src/cli/nodeFiles.js';
import { CORE_STRINGS, baseLanguage } from '../../src/text/locales.js';

export const fixture = (name: string) => JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/stories/${name}`, 'utf8'));
const WORLD = pathToFileURL(`${process.cwd()}/src/geo/`);

export async function prepared(story: Story): Promise<Prepared> {
  return prepareStory(story, { assets: WORLD, fetchJson: readJsonUrl });
}

/**
 * The English words the story could show: every core word and every word of the graphic
 * types it uses, cut at their {marks} into fragments of two words or more ("Each square ="),
 * or one long word. A fragment the story's own language table also has ("Source" in French)
 * is not English chrome.
 */
export function englishFragments(story: Story): string[] {
  const registry = storyRegistry();
  const lang = baseLanguage(story.lang);
  const tables = [CORE_STRINGS as Record<string, Record<string, string> | undefined>];
  for (const type of new Set(story.steps.map((s) => s.state.type))) {
    const strings = registry.get(type)?.strings;
    if (strings) tables.push(strings);
  }
  const fragments = new Set<string>();
  for (const table of tables) {
    const own = Object.values(table[lang] ?? {}).join(' ');
    for (const english of Object.values(table.en ?? {})) {
      for (const part of english.split(/\{[^}]*\}/)) {
        const fragment = part.trim().replace(/[.:,;=]+$/, '').trim();
        if (fragment.split(/\s+/).length < 2 && fragment.length < 8) continue;
        if (!own.includes(fragment)) fragments.add(fragment);
      }
    }
  }
  return [...fragments];
}

