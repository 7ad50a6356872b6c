/**
 * The video graphic's definition without its component: fields, inheritance, checks, text
 * alternative and data rows. Pure: `scrollstage/story` validates videos with it.
 */
import { defineGraphicModel } from '../../core/defineGraphic.js';
import { problem } from '../../schema/storyProblem.js';
import { VIDEO_FIELDS } from './schema.js';
import { VIDEO_STRINGS } from './strings.js';
import type { VideoState } from './state.js';
import { carryOver, missingFields, newPicture } from '../media/pictureFields.js';
import { describeMedia, mediaRows } from '../media/mediaText.js';
import { mediaUrls } from '../media/mediaUrls.js';

const NEW_VIDEO = 'every step that shows a new video gives its own';

/** What a state needs, as [state field, story field, why]. */
const REQUIRED = [
  ['src', 'src', 'is required: the first video step (or the first after another graphic) names its video'],
  ['poster', 'poster', `is required: a still of the video, shown with reduced motion, without JavaScript and in snapshots (${NEW_VIDEO})`],
  ['description', 'alt', `is required: describe the video in words, for readers who cannot see it (${NEW_VIDEO})`],
  ['credit', 'credit', `is required: say who made the video; it is shown on it (${NEW_VIDEO})`]
] as const;

/** Every file a state names. */
export const videoFiles = (state: VideoState): (string | undefined)[] => [state.src, state.poster, state.captions];

export const videoModel = defineGraphicModel<VideoState>({
  type: 'video',
  description:
    'A muted video with a pause button, playing while its step is on screen, or following the scroll with `scrub`; its poster with reduced motion, without JavaScript and in snapshots. `poster`, `alt` (which describes it) and `credit` are required with each new `src`.',
  fields: VIDEO_FIELDS,
  strings: VIDEO_STRINGS,
  ownAlt: true,
  prepare: async (story, env) => mediaUrls(story, 'video', (state) => videoFiles(state as unknown as VideoState), env),

  inherit(given, previous) {
    const base = newPicture(given, previous) ? null : previous;
    const description = given.alt ?? base?.description;
    return {
      ...carryOver(given, base, ['src', 'poster', 'credit', 'captions']),
      ...(description === undefined ? {} : { description }),
      loop: carryOver(given, base, ['loop']).loop ?? false
    };
  },

  complete: (state, at) =>
    missingFields(state as unknown as Record<string, unknown>, REQUIRED).map(({ key, message }) => problem([...at, key], message)),

  describe: (state, text) => describeMedia(state, text),
  rows: (state, text) => mediaRows(state, text, text.t('video'), 'video')
});
