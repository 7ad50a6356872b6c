/**
 * What the map adds for standalone snapshots: its CSS with concrete colours. Kept apart from
 * the definition so the script-tag embed, which never draws snapshots, leaves it out
 * (scripts/build.js replaces every graphic's `snapshot.ts` there).
 */
import type { GraphicDefinition } from '../../core/defineGraphic.js';
import { MAP_SNAPSHOT_RULES } from './snapshotRules.js';

export const snapshotParts: Pick<GraphicDefinition, 'snapshot' | 'snapshotRules'> = { snapshotRules: MAP_SNAPSHOT_RULES };
