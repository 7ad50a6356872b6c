/**
 * The phone-size drawing of a static story's graphics: laid out at a phone's width, so a
 * map's labels and a chart's words keep the size they are drawn at instead of shrinking to
 * half with an 800 px drawing. Screens matching PHONE_MEDIA show it instead of the wide one
 * (StaticStory.svelte's CSS and the snapshot page's say the same width).
 */
export const PHONE_SIZE = { width: 390, height: 520 } as const;

export const PHONE_MEDIA = '(max-width: 600px)';
