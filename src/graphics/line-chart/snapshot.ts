/**
 * What the line chart adds for standalone snapshots: an SVG-only drawing (the live chart
 * wraps its SVG in a `<figure>`). Kept apart from the definition so the script-tag embed,
 * which never draws snapshots, leaves it out (scripts/build.js replaces every graphic's
 * `snapshot.ts` there).
 */
import type { GraphicDefinition } from '../../core/defineGraphic.js';
import LineChartSnapshot from './LineChartSnapshot.svelte';

export const snapshotParts: Pick<GraphicDefinition, 'snapshot' | 'snapshotRules'> = { snapshot: LineChartSnapshot };
