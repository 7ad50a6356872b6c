/**
 * The image graphic's definition without its component: fields, inheritance, checks, text
 * alternative and data rows. Pure: `scrollstage/story` validates images with it.
 */
import { defineGraphicModel } from '../../core/defineGraphic.js';
import { problem, type StoryProblem } from '../../schema/storyProblem.js';
import { IMAGE_FIELDS, SrcsetEntrySchema } from './schema.js';
import { IMAGE_STRINGS } from './strings.js';
import type { ImageState } from './state.js';
import { CENTRE } from '../media/schema.js';
import { carryOver, missingFields, newPicture } from '../media/pictureFields.js';
import { describeMedia, mediaRows } from '../media/mediaText.js';
import { mediaUrls } from '../media/mediaUrls.js';

const NEW_PICTURE = 'every step that shows a new picture gives its own';

/** What a state needs, as [state field, story field, why]. */
const REQUIRED = [
  ['src', 'src', 'is required: the first image step (or the first after another graphic) names its picture'],
  ['description', 'alt', `is required: describe the picture in words, for readers who cannot see it (${NEW_PICTURE})`],
  ['credit', 'credit', `is required: say who made the picture; it is shown on it (${NEW_PICTURE})`]
] as const;

/** Every file a state names. */
export const imageFiles = (state: ImageState): string[] => [state.src, ...state.srcset.map((entry) => entry.src)];

export const imageModel = defineGraphicModel<ImageState>({
  type: 'image',
  description:
    'A photo or other picture, cropped to fill the panel around its `focus`, with its credit (and caption) on it. `alt`, which describes it, and `credit` are required with each new `src`. A step with the same `src` and another `focus` pans to it (with the scroll, with `scrub`); a new `src` cross-fades.',
  fields: IMAGE_FIELDS,
  strings: IMAGE_STRINGS,
  ownAlt: true,
  jsonSchema: { definitions: { SrcsetEntry: SrcsetEntrySchema } },
  prepare: async (story, env) => mediaUrls(story, 'image', (state) => imageFiles(state as unknown as ImageState), env),

  inherit(given, previous) {
    const base = newPicture(given, previous) ? null : previous;
    const state = carryOver(given, base, ['src', 'width', 'height', 'credit', 'caption']);
    const description = given.alt ?? base?.description;
    return {
      ...state,
      ...(description === undefined ? {} : { description }),
      srcset: carryOver(given, base, ['srcset']).srcset ?? [],
      focus: carryOver(given, base, ['focus']).focus ?? CENTRE
    };
  },

  complete(state, at) {
    const problems: StoryProblem[] = missingFields(state as unknown as Record<string, unknown>, REQUIRED).map(({ key, message }) =>
      problem([...at, key], message)
    );
    if ((state.width === undefined) !== (state.height === undefined)) {
      const missing = state.width === undefined ? 'width' : 'height';
      problems.push(problem([...at, missing], `is required with "${missing === 'width' ? 'height' : 'width'}": give the picture's size as both, or neither`));
    }
    return problems;
  },

  describe: (state, text) => describeMedia(state, text),
  rows: (state, text) => mediaRows(state, text, text.t('photo'), 'image')
});
