/** Named values for unit charts, each with its reason. Pure numbers only. */

/** Above this many marks, per-frame SVG attribute updates overrun a 16 ms frame on a mid-range phone; a canvas draws 50,000 squares in a few ms. */
export const UNIT_CANVAS_THRESHOLD = 2000;


/** Largest distance between mark centres, px: beyond it a handful of marks reads as icons, not as a quantity. */
export const MAX_MARK_PITCH = 22;


/** Gap between squares as a share of the pitch: wide enough to count squares, narrow enough to read as a mass. */
export const MARK_GAP_RATIO = 0.22;


/** Vertical space between group blocks, px: more than a mark gap, so groups never read as one grid. */
export const GROUP_GAP = 22;


/** Space between a group's heading and its first row of marks, px. */
export const HEAD_GAP = 8;


/** Vertical space between groups whose number sits on their label's line, px: the heading line already parts them. */
export const COMPACT_GROUP_GAP = 12;


/** Narrowest column of groups side by side, px: about 20 characters of a label a line, so headings wrap into a few lines, not a word a line. */
export const MIN_COLUMN_WIDTH = 150;


/** Groups side by side are chosen only when their marks come out this much larger than stacked: stacked grids with one column count compare best. */
export const COLUMNS_ADVANTAGE = 1.2;


/** A column count that is a multiple of 10 (or 5) lets a reader count rows; accepted when its marks are at most this much smaller than the best fit. */
export const ROUND_COLUMNS_TOLERANCE = 0.12;


/** Narrowest pitch tried, px: below it squares vanish into antialiasing at any pixel ratio. */
export const MIN_MARK_PITCH = 0.5;


/** Duration of one mark's move or growth, ms. */
export const MARK_MOVE_MS = 500;


/** Spread of start times across all marks, ms: with MARK_MOVE_MS the whole change takes 1.1 s, under the 1.2 s budget. */
export const MARK_STAGGER_MS = 600;


/** Fade-out of removed marks, ms, spread included: they clear the ground before most arrivals land. */
export const MARK_EXIT_MS = 350;


/** Share of a fading mark's size kept at the end of its fade: it shrinks a little as it goes. */
export const MARK_EXIT_SCALE = 0.5;

