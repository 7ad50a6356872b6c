/**
 * What the bar chart adds for standalone snapshots: an SVG-only drawing (the live chart is
 * an HTML figure around its SVG) and the font its text needs in a file. Kept apart from the
 * definition so the script-tag embed, which never draws snapshots, leaves it out
 * (scripts/build.js replaces every graphic's `snapshot.ts` there).
 */
import type { GraphicDefinition } from '../../core/defineGraphic.js';
import BarChartSnapshot from './BarChartSnapshot.svelte';

export const snapshotParts: Pick<GraphicDefinition, 'snapshot' | 'snapshotRules'> = {
  snapshot: BarChartSnapshot,
  snapshotRules: [['.bar-chart-snapshot text', 'font-family: var(--ss-font, system-ui, sans-serif)']]
};
