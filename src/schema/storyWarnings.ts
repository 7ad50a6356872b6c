/**
 * What is allowed in a story but probably not meant: `validate` prints these after "ok" and
 * exits 0. The explainer's own words missing in the story's language (a reader of a story in
 * Portuguese would see "Sources and method"), and each graphic type's own warnings (`warn`).
 */
import type { GraphicModel, WarnTools } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { CORE_STRINGS, BUILT_IN_LANGUAGES, baseLanguage } from '../text/locales.js';
import type { TextTables } from '../text/textTable.js';
import { problem, type StoryProblem } from './storyProblem.js';
import type { Story } from './parseStoryWith.js';
import type { Box } from '../geo/basemap/basemapFile.js';

/** Keys of `tables.en` that neither the story's language table nor its `strings` give. */
function missingWords(tables: TextTables, lang: string, strings: Readonly<Record<string, string>> | undefined, prefix: string): string[] {
  const own = tables[baseLanguage(lang)];
  return Object.keys(tables.en).filter((key) => typeof own?.[key] !== 'string' && typeof strings?.[prefix + key] !== 'string');
}

/** The story's words that would come out in English: core keys, then `TYPE.KEY` of each type it shows. */
export function englishChrome(story: Story, registry: GraphicRegistry): string[] {
  if (baseLanguage(story.lang) === 'en') return [];
  const missing = missingWords(CORE_STRINGS as TextTables, story.lang, story.strings, '');
  const types = new Set(story.steps.map((step) => registry.get(step.state.type)?.type));
  for (const model of registry.models) {
    if (!types.has(model.type) || !model.strings) continue;
    missing.push(...missingWords(model.strings, story.lang, story.strings, `${model.type}.`).map((key) => `${model.type}.${key}`));
  }
  return missing;
}

function chromeWarning(story: Story, registry: GraphicRegistry): StoryProblem[] {
  const missing = englishChrome(story, registry);
  if (!missing.length) return [];
  const lang = baseLanguage(story.lang);
  const known = BUILT_IN_LANGUAGES.includes(lang);
  const shown = missing.length === 1 ? `its word "${missing[0]}"` : `${missing.length} of its words (${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ', …' : ''})`;
  const why = known
    ? `the built-in "${lang}" words lack ${missing.length === 1 ? 'one' : missing.length}`
    : `"${lang}" has no built-in words for the explainer (built in: ${BUILT_IN_LANGUAGES.join(', ')})`;
  return [problem(['lang'], `${why}: readers will see ${shown} in English. Give them in "strings" (the README lists every key)`)];
}

/** What the checker knows about the story's files. */
export interface WarningContext {
  /** The box of the story's own basemap, as the file records it. */
  basemapBox?: Box | undefined;
}

/** Every warning for a valid story. */
export function storyWarnings(story: Story, registry: GraphicRegistry, context: WarningContext = {}): StoryProblem[] {
  const warnings = chromeWarning(story, registry);
  const byType = new Map<GraphicModel, { state: never; index: number }[]>();
  for (const step of story.steps) {
    const model = registry.get(step.state.type);
    if (!model?.warn) continue;
    let list = byType.get(model);
    if (!list) byType.set(model, (list = []));
    list.push({ state: step.state as never, index: step.index });
  }
  const tools: WarnTools = {
    at: (index) => ['steps', index, 'graphic'],
    warn: (path, message) => warnings.push(problem(path, message)),
    story,
    basemapBox: context.basemapBox
  };
  for (const [model, steps] of byType) (model.warn as (s: typeof steps, t: WarnTools) => void)(steps, tools);
  return warnings;
}
