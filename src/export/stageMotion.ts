/**
 * What the graphic panel shows at any moment of a step, as a pure function of (story, step,
 * ms since the step began, scroll progress): the layers GraphicStage would have on screen,
 * each with its opacity and the props its drawing takes for that moment. A video export
 * draws every frame from this, never from a clock.
 *
 * Per type, the same plans and sums the live components run on timers:
 * - map: camera flight, progress line and movers' entry (planMapChange);
 * - bar chart: planBarTransition, eased over BAR_MOVE_MS; a scrubbed step at its progress;
 * - line chart: lerpFrame over LINE_CHANGE_MS (a chart that appears draws in from
 *   emptyFrame); a scrubbed step from scrubStart at its progress;
 * - unit chart: planMarkTransition sampled at the elapsed ms (staggered marks, counts);
 * - any other type (photos, videos, your own): the new settled drawing fades in over the old
 *   one over CROSS_FADE_MS, as the photo graphic does live; for a type whose live motion is something
 *   else this is a stand-in.
 * Between types: GraphicStage's 400 ms opacity transition (CSS `ease`), which only a layer
 * that stays mounted (the map) shows; others appear and leave at once.
 */
import type { Story } from '../schema/parseStory.js';
import type { Insets } from '../core/graphicProps.js';
import type { GraphicDefinition } from '../core/defineGraphic.js';
import type { GraphicRegistry } from '../core/graphicRegistry.js';
import type { Prepared } from '../core/prepareStory.js';
import { graphicIndex, graphicTypes } from '../story/graphicIndex.js';
import { themeColors } from '../core/theme.js';
import { easeCubicInOut } from '../motion/easing.js';
import { planMapChange } from '../graphics/map/plan/mapMotion.js';
import { EMPTY_BASEMAP, type Basemap } from '../graphics/map/plan/mapGeography.js';
import { barChartStateAt } from '../graphics/bar-chart/state.js';
import { barChartPlan } from '../graphics/bar-chart/plan/barChartPlan.js';
import { planBarTransition } from '../graphics/bar-chart/plan/barTransition.js';
import { BAR_MOVE_MS } from '../graphics/bar-chart/plan/constants.js';
import { lineChartStateAt } from '../graphics/line-chart/state.js';
import { emptyFrame, lerpFrame, sameFrame, scrubStart, targetFrame } from '../graphics/line-chart/plan/lineFrame.js';
import { ANIMATE_MAX_POINTS, LINE_CHANGE_MS } from '../graphics/line-chart/plan/constants.js';
import { unitChartStateAt } from '../graphics/unit-chart/state.js';
import { unitChartPlan } from '../graphics/unit-chart/plan/unitChartPlan.js';
import { planMarkTransition, sampleMarkTransition, settledFrame } from '../graphics/unit-chart/plan/markTransition.js';
import { cssEase } from './cssEase.js';

/** GraphicStage's layer transition, ms (its CSS: `opacity 400ms ease`). */
export const LAYER_FADE_MS = 400;
/** The stand-in change of a type without a pure one, and the photo graphic's own (`opacity 500ms ease`), ms. */
export const CROSS_FADE_MS = 500;

/** One drawing of the panel at a moment. */
/** Where a type is drawn in the panel, px: its box, and the parts of it text covers. */
export interface StageBox {
  x: number;
  y: number;
  width: number;
  height: number;
  insets: Insets;
}

export interface StageLayer {
  type: string;
  box: StageBox;
  /** The step whose state it draws. */
  index: number;
  opacity: number;
  /** Props for its drawing besides story, index, size and insets (a frame of motion). */
  props: Record<string, unknown>;
}

export interface StageMoment {
  layers: StageLayer[];
  /** The panel's ground colour. */
  paper: string;
}

/** A step's change, planned once and sampled at any moment. */
export interface StageChange {
  /** When the change is over, ms after the step began (a scrubbed step's progress aside). */
  durationMs: number;
  /** Whether the step follows scroll progress (its picture changes with progress). */
  scrub: boolean;
  at(elapsedMs: number, progress: number): StageMoment;
}

interface TypeChange {
  durationMs: number;
  at(elapsedMs: number, progress: number): Record<string, unknown>[];
}

const clamp01 = (t: number) => Math.max(0, Math.min(1, Number.isFinite(t) ? t : 1));
const eased = (elapsed: number, duration: number) => easeCubicInOut(clamp01(elapsed / duration));

/** The motion of one type into step `index` from its step `previous` (null: it appears fresh). */
function typeChange(
  story: Story,
  prepared: Prepared | undefined,
  type: string,
  index: number,
  previous: number | null,
  width: number,
  height: number,
  insets: Insets
): TypeChange | null {
  const scrub = story.steps[index]!.state.scrub;
  switch (type) {
    case 'map': {
      const change = planMapChange(story, (prepared?.map as Basemap | undefined) ?? EMPTY_BASEMAP, index, previous, width, height, insets);
      return {
        durationMs: change.durationMs,
        at: (e, p) => [{ motion: change.at(e, p) }]
      };
    }
    case 'bar-chart': {
      const plan = barChartPlan(story, barChartStateAt(story, index), width, height, insets);
      if (!plan) return null;
      if (scrub) {
        const before = barChartPlan(story, index > 0 ? barChartStateAt(story, index - 1) : null, width, height, insets);
        const path = planBarTransition(before?.frame ?? null, plan.frame);
        return {
          durationMs: 0,
          at: (_e, p) => [{ frame: path.at(clamp01(p)) }]
        };
      }
      const from = previous === null ? null : (barChartPlan(story, barChartStateAt(story, previous), width, height, insets)?.frame ?? null);
      const change = planBarTransition(from, plan.frame);
      if (change.still) return null;
      return {
        durationMs: BAR_MOVE_MS,
        at: (e) => [{ frame: change.at(eased(e, BAR_MOVE_MS)) }]
      };
    }
    case 'line-chart': {
      const chart = lineChartStateAt(story, index);
      if (!chart) return null;
      const target = targetFrame(chart);
      if (chart.series.reduce((n, s) => n + s.points.length, 0) > ANIMATE_MAX_POINTS) return null;
      const start = scrub
        ? scrubStart(
            story.steps.map((s) => s.state),
            index
          )
        : null;
      if (start)
        return {
          durationMs: 0,
          at: (_e, p) => [{ frame: lerpFrame(start, target, clamp01(p)) }]
        };
      const before = previous === null ? null : lineChartStateAt(story, previous);
      const from = before ? targetFrame(before) : emptyFrame(target);
      if (sameFrame(from, target)) return null;
      return {
        durationMs: LINE_CHANGE_MS,
        at: (e) => [
          {
            frame: e >= LINE_CHANGE_MS ? target : lerpFrame(from, target, eased(e, LINE_CHANGE_MS))
          }
        ]
      };
    }
    case 'unit-chart': {
      const colors = themeColors(story);
      const COLOURS = { mark: colors.marks!, highlight: colors.highlight! };
      const plan = unitChartPlan(story, unitChartStateAt(story, index), width, height, insets, COLOURS);
      const before = previous === null ? null : unitChartPlan(story, unitChartStateAt(story, previous), width, height, insets, COLOURS);
      const change = planMarkTransition(before ? settledFrame(before.target) : null, plan.target, colors['marks-light']!);
      if (change.total <= 0) return null;
      return {
        durationMs: change.total,
        at: (e) => [{ frame: sampleMarkTransition(change, e) }]
      };
    }
    default: {
      // No pure motion known: the two settled drawings cross-fade (what the photo graphic does live).
      if (previous === null || previous === index) return null;
      return {
        durationMs: CROSS_FADE_MS,
        at: (e) => {
          const t = cssEase(clamp01(e / CROSS_FADE_MS));
          return t >= 1 ? [{}] : [{ index: previous }, { opacity: t }];
        }
      };
    }
  }
}

/**
 * Plans step `step` of the story, each type drawn in the box `boxOf` gives it: the type it shows, the change from what the
 * panel showed at the step before, the layer fade when the type changes.
 */
export function planStageChange(
  story: Story,
  registry: GraphicRegistry<GraphicDefinition>,
  prepared: Prepared | undefined,
  step: number,
  boxOf: (type: string) => StageBox
): StageChange {
  const types = graphicTypes(story);
  const type = story.steps[step]!.state.type;
  const keep = (t: string) => registry.get(t)?.keepMounted === true;
  const before = step > 0 ? story.steps[step - 1]!.state.type : null;
  // The state its layer showed before this step: the step before when of this type; for a
  // layer that stays mounted, the last of its type (or the first, shown from the start).
  let previous: number | null = null;
  if (step > 0 && (before === type || keep(type))) previous = graphicIndex(story, type, step - 1);
  if (previous === step) previous = null;
  const box = boxOf(type);
  const own = typeChange(story, prepared, type, step, previous, box.width, box.height, box.insets);
  const fades = before !== null && before !== type;
  const outgoing = fades ? { type: before!, index: step - 1 } : null;
  const paper = themeColors(story).paper ?? '#fbfaf7';
  return {
    durationMs: Math.max(own?.durationMs ?? 0, fades ? LAYER_FADE_MS : 0),
    scrub: story.steps[step]!.state.scrub,
    at(elapsed, progress) {
      const fade = fades ? cssEase(clamp01(elapsed / LAYER_FADE_MS)) : 1;
      const layers: StageLayer[] = [];
      for (const t of types) {
        if (t === type) {
          const opacity = fades && keep(type) ? fade : 1;
          for (const part of own ? own.at(elapsed, progress) : [{}]) {
            const { index = step, opacity: partOpacity = 1, ...props } = part as { index?: number; opacity?: number };
            layers.push({
              type,
              box,
              index,
              opacity: opacity * partOpacity,
              props: { ...props, progress }
            });
          }
        } else if (outgoing && t === outgoing.type && keep(t) && fade < 1) {
          layers.push({
            type: t,
            box: boxOf(t),
            index: outgoing.index,
            opacity: 1 - fade,
            props: {}
          });
        }
      }
      return { layers: layers.filter((l) => l.opacity > 0), paper };
    }
  };
}
