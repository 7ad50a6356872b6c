/**
 * How far each mover of a step has arrived, 0 (at the start of its path) to 1 (settled):
 * a mover already in the previous step has arrived; a new one follows the reader's scroll
 * in a scrubbed step, else the entry tween. Without live motion (server, reduced motion)
 * everything has arrived.
 */
import type { Story } from '../../../schema/parseStory.js';
import { mapStateAt } from '../state.js';

export function moverArrival(
  story: Story,
  index: number,
  motion: { live: boolean; progress: number; entry: number }
): Record<string, number> {
  const state = mapStateAt(story, index);
  if (!state) return {};
  const previous = mapStateAt(story, index - 1);
  const before = new Set(previous ? previous.movers.map((c) => c.id) : []);
  const clamp = (t: number) => Math.max(0, Math.min(1, t));
  return Object.fromEntries(
    state.movers.map((c) => [
      c.id,
      before.has(c.id) || !motion.live ? 1 : clamp(state.scrub ? motion.progress : motion.entry)
    ])
  );
}
