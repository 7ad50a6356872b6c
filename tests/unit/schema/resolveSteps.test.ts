import { describe, expect, it } from 'vitest';
import { resolveSteps as resolveWith } from '../../../src/story/resolveSteps.js';
import type { StepInput } from '../../../src/schema/storySchema.js';
import type { MapState } from '../../../src/graphics/map/state.js';
import type { UnitChartState } from '../../../src/graphics/unit-chart/state.js';
import { storyRegistry } from '../../../src/schema/parseStory.js';

const resolveSteps = (list: { graphic?: StepInput['graphic'] }[]) => resolveWith(list, storyRegistry());

type Graphic = StepInput['graphic'];
const steps = (...graphics: Graphic[]) => graphics.map((graphic) => ({ graphic }));

const MAP: Graphic = {
  type: 'corridor-map',
  view: { fit: ['m5'] },
  routes: ['m5'],
  places: ['hama', 'saraqeb'],
  held: { route: 'm5', to: 'hama' }
};
const CHART: Graphic = {
  type: 'unit-chart',
  unit: { value: 1000, label: '1,000 people' },
  groups: [{ id: 'displaced', label: 'Displaced', value: 580000, source: 'afp' }]
};

describe('resolveSteps', () => {
  it('gives a step without a graphic the previous state', () => {
    const { states, problems } = resolveSteps(steps(MAP, undefined, undefined));
    expect(problems).toEqual([]);
    expect(states[1]).toEqual(states[0]);
    expect(states[2]).toEqual(states[0]);
  });

  it('fills the fields a map step leaves out with empty lists and no overlays', () => {
    const { states } = resolveSteps(steps({ type: 'corridor-map', view: { center: [36.7, 35.6], zoom: 5 } }));
    expect(states[0]).toEqual({
      type: 'map',
      view: { center: [36.7, 35.6], zoom: 5 },
      routes: [],
      places: [],
      highlight: [],
      ringed: [],
      areas: [],
      progress: null,
      remaining: null,
      movers: [],
      annotations: [],
      focus: [],
      countries: null,
      locator: true,
      scrub: false
    });
  });

  it('merges a same-type step: only the fields given change', () => {
    const { states } = resolveSteps(steps(MAP, { type: 'corridor-map', highlight: ['saraqeb'], held: { route: 'm5', to: 'saraqeb' } }));
    const second = states[1] as unknown as MapState;
    expect(second.view).toEqual({ fit: ['m5'] });
    expect(second.routes).toEqual(['m5']);
    expect(second.places).toEqual(['hama', 'saraqeb']);
    expect(second.highlight).toEqual(['saraqeb']);
    expect(second.progress).toEqual({ route: 'm5', to: 'saraqeb' });
  });

  it('replaces a list rather than appending to it', () => {
    const { states } = resolveSteps(steps(MAP, { type: 'corridor-map', places: ['aleppo'] }));
    expect((states[1] as unknown as MapState).places).toEqual(['aleppo']);
  });

  it('clears a field given as null', () => {
    const { states } = resolveSteps(steps(MAP, { type: 'corridor-map', places: null, held: null }));
    const second = states[1] as unknown as MapState;
    expect(second.places).toEqual([]);
    expect(second.progress).toBeNull();
    expect(second.routes).toEqual(['m5']);
  });

  it('merges unit-chart steps too', () => {
    const { states } = resolveSteps(steps(CHART, { type: 'unit-chart', title: 'Displaced since December' }));
    const second = states[1] as unknown as UnitChartState;
    expect(second.title).toBe('Displaced since December');
    expect(second.groups).toHaveLength(1);
    expect(second.unit).toEqual({ value: 1000, label: '1,000 people' });
  });

  it('requires a full state when the graphic type changes', () => {
    const { problems } = resolveSteps(steps(MAP, { type: 'unit-chart', unit: { value: 1, label: 'person' } }));
    expect(problems).toEqual([
      {
        segments: ['steps', 1, 'graphic', 'groups'],
        path: expect.any(String),
        message: 'is required: the first unit-chart step (or the first after another graphic) must give it'
      }
    ]);
  });

  it('does not carry a map across another graphic: switching back starts afresh', () => {
    const back = resolveSteps(steps(MAP, CHART, { type: 'corridor-map', routes: ['m5'] }));
    expect(back.problems).toEqual([
      {
        segments: ['steps', 2, 'graphic', 'view'],
        path: expect.any(String),
        message: 'is required: the first map step (or the first after another graphic) must say what to show'
      }
    ]);
    const full = resolveSteps(steps(MAP, CHART, { type: 'corridor-map', view: { fit: ['m5'] } }));
    expect((full.states[2] as unknown as MapState).places).toEqual([]);
    expect((full.states[2] as unknown as MapState).progress).toBeNull();
  });

  it('does not inherit scrub: it is about how this step animates', () => {
    const { states } = resolveSteps(
      steps(MAP, { type: 'corridor-map', scrub: true, held: { route: 'm5', to: 'saraqeb' } }, undefined, {
        type: 'corridor-map',
        highlight: ['hama']
      })
    );
    expect(states.map((s) => s.scrub)).toEqual([false, true, false, false]);
    expect((states[2] as unknown as MapState).progress).toEqual({ route: 'm5', to: 'saraqeb' });
  });

  it('requires a graphic on the first step', () => {
    const { problems } = resolveSteps(steps(undefined, MAP));
    expect(problems.map((p) => p.segments)).toEqual([['steps', 0, 'graphic']]);
  });

  it('gives the same state for a step however many times it is resolved (state depends on the story alone)', () => {
    const story = steps(MAP, { type: 'corridor-map', highlight: ['saraqeb'] }, undefined, CHART);
    expect(resolveSteps(story)).toEqual(resolveSteps(story));
    expect(story[1]!.graphic).toEqual({ type: 'corridor-map', highlight: ['saraqeb'] });
  });
});
