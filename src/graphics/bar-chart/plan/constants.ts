/** Named values for bar charts, each with its reason. Pure numbers only. */

/**
 * Most bars one chart may draw. Each bar is a label, a value and a bar that move on every
 * frame of a change; 200 stay smooth on a mid-range phone, and far more than a reader can
 * compare (a chart of more is a table).
 */
export const MAX_BARS = 200;

/** Above this many bars a phone's rows get too thin to read; `validate` warns. */
export const MANY_BARS = 30;

/** Largest magnitude of a value: well inside a double's exact integers, beyond any quantity a bar compares (use a larger unit). */
export const MAX_ABS_VALUE = 1e15;

/** Longest `display` wording, characters: a value beside a bar, not a sentence. */
export const MAX_DISPLAY = 60;

/** A `display` longer than this is squeezed or moved above its bar on a phone; `validate` warns. */
export const LONG_DISPLAY = 24;

/** Most decimals a formatted value shows: more is noise beside a bar (give `display` for more). */
export const MAX_DIGITS = 3;

/** Below this chart width, px, type steps down one size: a 390 px phone. */
export const NARROW_CHART = 480;

/** Narrower than this (the area inside the padding), labels sit above their bars, not in a column beside them. */
export const SIDE_LABELS_MIN = 440;

/** Widest share of the area the label column may take beside the bars. */
export const LABEL_COLUMN_SHARE = 0.4;

/** Most lines a label may wrap to in the column beside the bars; more, and labels go above their bars. */
export const SIDE_LABEL_LINES = 3;

/** Space between the label column and the bars, and between a label above a bar and the bar, px. */
export const LABEL_GAP = 10;

/** Space between a bar's end and its value, px: the value reads as the bar's, not as the next thing. */
export const VALUE_PAD = 6;

/** Thinnest bar, px: thinner reads as a rule, not a quantity. */
export const MIN_BAR = 6;

/** Thickest bar on a phone / wider, px: thicker bars of a few values look like blocks, not lengths. */
export const MAX_BAR_NARROW = 28;
export const MAX_BAR_WIDE = 36;

/** Space between rows, as a share of the bar's thickness, and its least, px: rows read apart. */
export const ROW_GAP_RATIO = 0.5;
export const MIN_ROW_GAP = 8;

/** A value inside its bar needs the bar at least this much thicker than its type, px, to sit in it. */
export const INSIDE_MARGIN = 4;

/**
 * When values beside the bars leave the longest bar less than this share of the room, the
 * values move above the bars (beside the label) and the bars get the whole width.
 */
export const MIN_BAR_SHARE = 0.45;

/** Share of its own colour a muted bar keeps (the rest is paper): the others recede, a highlighted bar stands out. */
export const MUTED_SHARE = 0.35;

/** Duration of a change between two states, ms: long enough to follow a bar, under the 1.2 s budget. */
export const BAR_MOVE_MS = 650;

/** Catching up with the scroll on entering a scrubbed step, ms: quick, since the reader is already moving. */
export const CATCH_UP_MS = 300;

/** A value moves into its bar only when that makes the bars at least this much longer: mixed placements cost more reading than a small gain brings. */
export const INSIDE_GAIN = 1.15;

/** Space between a label above its bar and the bar, px. */
export const LABEL_TO_BAR = 4;

/** Above its bars, a value wider than this share of the width gets a line of its own under the label. */
export const HEAD_VALUE_SHARE = 0.5;
