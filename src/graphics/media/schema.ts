/**
 * Fields the image and video graphics share: a file the story names (relative to the story
 * file like a link, or an http(s) URL, never a `data:` or `javascript:` one) and a focus
 * point. The one definition of their shape, for validation, types and the JSON Schema.
 */
import * as v from 'valibot';
import { LIMITS } from '../../schema/limits.js';
import { Finite } from '../../schema/storySchema.js';

const describe = v.description;

/**
 * An http(s) URL with a host, or a relative path (an optional query after it) that is not
 * protocol-relative (`//host/…` would leave the story's site without saying so). No
 * scheme but http(s) can match: a relative path has no colon.
 */
export const MEDIA_URL = /^(?:https?:\/\/[^\s/<>"'\\][^\s<>"'\\]*|(?!\/\/)[A-Za-z0-9._~%/+-]*[A-Za-z0-9._~%+-](?:\?[A-Za-z0-9._~%/+=&-]*)?)$/;

/** A file the story names: relative to the story file (like a link) or an http(s) URL. */
export function mediaUrl(example: string, what: string) {
  return v.pipe(
    v.string(),
    v.maxLength(LIMITS.urlLength),
    v.regex(MEDIA_URL, `must be a path relative to the story file (like "${example}") or an http(s) URL; data:, javascript: and other URLs are not allowed`),
    describe(`${what}: a path relative to the story file (like "${example}") or an http(s) URL.`)
  );
}

const Fraction = v.pipe(Finite, v.minValue(0), v.maxValue(1));

/** The point kept in view when the picture is cropped to the panel. */
export const FocusSchema = v.pipe(
  v.tuple([Fraction, Fraction]),
  describe(
    'The point to keep in view when the picture is cropped to fill the panel, as [x, y] fractions of its width and height from its top-left corner (0..1 each): [0.5, 0.5], the centre, unless given. Not mirrored in right-to-left stories.'
  )
);

export type Focus = v.InferOutput<typeof FocusSchema>;

/** Centre of the picture. */
export const CENTRE: Focus = [0.5, 0.5];
