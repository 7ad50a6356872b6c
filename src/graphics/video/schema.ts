/**
 * The video graphic's step fields: the one definition of their shape, for validation,
 * types and the JSON Schema. (`alt`, every graphic's field, describes the video here, and
 * is required; `scrub`, every graphic's too, ties the video's time to the scroll.)
 */
import * as v from 'valibot';
import { ShortText } from '../../schema/storySchema.js';
import { mediaUrl } from '../media/schema.js';

const describe = v.description;

/** The video's step fields (each optional: steps inherit). */
export const VIDEO_FIELDS = {
  src: v.optional(
    mediaUrl(
      'media/clip.mp4',
      'The video, played muted: MP4 (H.264) plays in every current browser; WebM (VP9) is smaller where it plays. For `scrub`, encode a keyframe every second or so (ffmpeg -g) so it seeks quickly. With `poster`, `alt` and `credit` (required)'
    )
  ),
  poster: v.optional(
    mediaUrl('media/clip-poster.jpg', 'A still of the video, shown before it plays, with reduced motion, without JavaScript and in snapshots. Required')
  ),
  credit: v.optional(
    v.pipe(ShortText, describe('Who made the video, shown on it after "Video:" in the story\'s language: "Jane Doe / Agency". Required.'))
  ),
  captions: v.optional(
    v.nullable(mediaUrl('media/clip.en.vtt', 'Captions as a WebVTT file in the story\'s language, shown over the video'))
  ),
  loop: v.optional(v.pipe(v.boolean(), describe('Start again at the end while the step is on screen (default: stop on the last frame).')))
};
