/** Named values with the reason for each. Pure numbers only: safe to import anywhere. */

/** Below this container width (px) text cards scroll over a full-bleed graphic; above, text sits beside it. 720 px leaves a 42 % text column of ~300 px, the narrowest comfortable measure. */
export const WIDE_LAYOUT_MIN_WIDTH = 720;

/** Where a step becomes active, as a fraction of the viewport height from the top, on wide screens: the middle, where readers' eyes rest. */
export const TRIGGER_OFFSET_WIDE = 0.5;

/** On phones a card enters from the bottom: its step starts as it reaches the lower quarter, so the graphic above already shows the step while it is read. */
export const TRIGGER_OFFSET_NARROW = 0.75;

/** Part of the graphic's height that text cards cover on phones: fitted views keep clear of it. */
export const NARROW_CARD_INSET = 0.3;

/** Size a graphic is drawn at before it can be measured (server render, no-JS fallback): a 4:3 that scales down cleanly. */
export const FALLBACK_GRAPHIC_SIZE = { width: 800, height: 600 } as const;

/**
 * Size the sticky graphic is drawn at on a server, scaled into its box until the page's script
 * replaces it: 3:4, between a phone's tall box (labels at about 0.8 of their size in 374 px)
 * and a desktop's squarish one, where 800x600 shrank a phone's map to labels of 5 px.
 */
export const SERVER_GRAPHIC_SIZE = { width: 480, height: 640 } as const;

/** Size of each step's own graphic for readers without JavaScript: 4:5, readable at a phone's full width and not too tall beside text on a desktop. */
export const NOSCRIPT_GRAPHIC_SIZE = { width: 400, height: 500 } as const;

/** A screen reader hears the new step's description once the reader pauses, not on every step passed while flicking. */
export const ANNOUNCE_DELAY_MS = 600;
