/** Stands in for every graphic's `snapshot.ts` in the embed build: the embed draws no snapshots. */
import type { GraphicDefinition } from '../core/defineGraphic.js';

export const snapshotParts: Pick<GraphicDefinition, 'snapshot' | 'snapshotRules'> = {};
