/**
 * The props every graphic in the registry takes (CorridorMap, UnitChart). A graphic draws
 * `story.steps[index].state`; scrubbed changes follow `progress`. With no browser (server
 * render) or reduced motion it draws the end state of the step at once.
 */
import type { Story } from '../schema/parseStory.js';

/** Space covered by text on each physical side of the graphic, px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface GraphicProps {
  /** The parsed story: places, routes, sources and every step's resolved state. */
  story: Story;
  /** The active step, from 0. */
  index: number;
  /** Progress through the active step, 0..1: drives the changes of a step with `scrub`. */
  progress?: number;
  /** Size of the graphic, px. */
  width: number;
  height: number;
  /** Parts of the graphic covered by text cards: fitted views keep clear of them. */
  insets?: Insets;
  /** Jump to each state instead of animating (prefers-reduced-motion). */
  reducedMotion?: boolean;
}
