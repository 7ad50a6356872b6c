/** Named values for line charts, each with its reason. Pure numbers only. */

/** Series in one chart: more lines than a reader tells apart, and their end labels need the room (12 fit a phone's height). */
export const MAX_SERIES = 12;

/** Points in one series: daily values for 27 years; a phone's plot is ~350 px wide, so more would be 30 points a pixel. */
export const MAX_POINTS = 10000;

/** Notes in one state: each needs free room off the lines; more crowd a phone's plot. */
export const MAX_ANNOTATIONS = 12;

/** Duration of a change (a line extending, a domain moving), ms: reads as drawing, within the 1.2 s every graphic's change keeps to. */
export const LINE_CHANGE_MS = 1000;

/**
 * Above this many points, changes jump to their end (as with reduced motion) and a scrubbed
 * step shows its end state: a frame that moves the domains projects and writes out every
 * point, and 20,000 take about a frame's 16 ms on a mid-range phone (a frame that only
 * extends the lines slices a kept projection: projectedSeries.ts).
 */
export const ANIMATE_MAX_POINTS = 20000;

/** Most rows a chart's own "view the data" table lists; a longer series is summed up by its figures (first, last, highest). */
export const TABLE_MAX_ROWS = 400;
