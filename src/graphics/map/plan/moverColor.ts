/** The colour of a group of moving marks: its own `color`, else the story's mover colour (muted for an "earlier" tone). */
import type { Theme } from '../../../schema/storySchema.js';
import { colorOf } from '../../../core/theme.js';
import type { Mover } from '../schema.js';

export function moverColor(story: { theme?: Theme | undefined }, mover: Pick<Mover, 'color' | 'tone'>): string {
  return colorOf(story, mover.color, mover.tone === 'earlier' ? 'mover-light' : 'mover');
}
