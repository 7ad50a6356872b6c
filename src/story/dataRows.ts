/**
 * The "view the data" tables, from the story alone: every figure the steps show (each
 * graphic's definition words its own rows), each once, with the step that first shows it
 * and its sources; then the tables a graphic type keeps of its own (the map's places).
 */
import type { Story } from '../schema/parseStoryWith.js';
import type { Source } from '../schema/storySchema.js';
import type { DataTableSpec } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import { graphicText } from '../core/graphicText.js';
import { modelFor } from './describeState.js';

export type SourceRef = Pick<Source, 'id' | 'name' | 'date'>;

export interface StepRef {
  index: number;
  id: string;
  kicker?: string;
}

export interface FigureRow {
  key: string;
  what: string;
  value: string;
  step: StepRef;
  sources: SourceRef[];
}

export interface DataRows {
  figures: FigureRow[];
  tables: DataTableSpec[];
}

function sourceRef(story: Story, id: string): SourceRef {
  const source = story.sources.find((s) => s.id === id);
  return source ? { id, name: source.name, date: source.date } : { id, name: id };
}

export function dataRows(story: Story, registry?: GraphicRegistry): DataRows {
  const figures: FigureRow[] = [];
  // The last value shown per measure: a figure repeats only when its value changes.
  const last = new Map<string, string>();
  const byType = new Map<string, { state: Story['steps'][number]['state']; index: number }[]>();
  for (const step of story.steps) {
    const model = modelFor(story, step.state.type, registry);
    if (!model) continue;
    let list = byType.get(model.type);
    if (!list) byType.set(model.type, (list = []));
    list.push({ state: step.state, index: step.index });
    const ref: StepRef = { index: step.index, id: step.id, ...(step.kicker ? { kicker: step.kicker } : {}) };
    for (const row of model.rows?.(step.state as never, graphicText(story, model)) ?? []) {
      const value = `${row.what}\n${row.value}`;
      if (last.get(row.key) === value) continue;
      last.set(row.key, value);
      const ids = row.sources.length ? row.sources : step.sources;
      figures.push({ key: row.key, what: row.what, value: row.value, step: ref, sources: ids.map((id) => sourceRef(story, id)) });
    }
  }
  const tables: DataTableSpec[] = [];
  for (const [type, states] of byType) {
    const model = modelFor(story, type, registry)!;
    tables.push(...(model.tables?.(states as never, graphicText(story, model)) ?? []));
  }
  return { figures, tables };
}
