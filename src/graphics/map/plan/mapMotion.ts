/**
 * The map's change into a step as a pure function of time, for a video export that draws
 * each frame at its exact moment: what CorridorMap's camera (a van Wijk & Nuij flight, eased,
 * MIN_FLIGHT_MS..MAX_FLIGHT_MS), progress end (PROGRESS_TWEEN_MS, from the previous end or
 * the route's start when the route changes; a scrubbed step follows progress) and movers'
 * entry clock (MOVER_TWEEN_MS) show `elapsed` ms after the step begins, given the map step
 * it comes from. The same sums as the live component, which runs them on timers.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { Insets } from '../../../core/graphicProps.js';
import type { CameraView } from '../../../geo/viewTransform.js';
import { baseProjection } from '../../../geo/baseProjection.js';
import { flightPath } from '../../../motion/flightPath.js';
import { easeCubicInOut } from '../../../motion/easing.js';
import { MAX_FLIGHT_MS, MIN_FLIGHT_MS } from '../../../motion/camera.svelte.js';
import { mapStateAt } from '../state.js';
import { mapGeography, type Basemap } from './mapGeography.js';
import { locatorAspect, locatorContext } from './locatorContext.js';
import { mapLayout } from './mapLayout.js';
import { targetView } from './targetView.js';
import { progressPlan } from './progressPlan.js';
import { routeGeometry } from './routeGeometry.js';

/** What CorridorMap draws at a moment of a change, instead of the step's settled end. */
export interface MapMotion {
  camera?: CameraView;
  progressKm?: number;
  /** 0..1: how far new moving marks have come. */
  entry?: number;
}

/** How long the progress line takes to reach its new end on step entry, ms: long enough to read as an advance. */
export const PROGRESS_TWEEN_MS = 900;
/** How long new moving marks take to arrive on step entry, ms: one mark after another must be seen to travel. */
export const MOVER_TWEEN_MS = 1600;

export interface MapChange {
  /** When everything has arrived, ms after the step began (a scrubbed step's own progress aside). */
  durationMs: number;
  at(elapsedMs: number, progress: number): MapMotion;
}

/** The view CorridorMap flies to for step `index` at this size. */
export function mapTargetView(story: Story, basemap: Basemap, index: number, width: number, height: number, insets: Insets): CameraView {
  const state = mapStateAt(story, index);
  if (!state) return [width / 2, height / 2, Math.min(width, height)];
  const geo = mapGeography(story, basemap);
  const context = locatorContext(geo, state.focus ?? []);
  const projection = baseProjection(width, height, geo.spec, geo.region);
  const chrome = {
    credits: geo.credits,
    locatorAspect: state.locator === false ? 0 : locatorAspect(projection, context)
  };
  const layout = mapLayout(story, index, width, height, insets, chrome);
  return targetView(story, state.view, projection, layout, geo.region) as CameraView;
}

const sameView = (a: CameraView, b: CameraView) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
const eased = (elapsed: number, duration: number) => easeCubicInOut(Math.min(1, Math.max(0, elapsed / duration)));

/**
 * The change into map step `index` from map step `previous` (null: the map appears with
 * this step, drawn at its end at once, as on a page's first paint).
 */
export function planMapChange(
  story: Story,
  basemap: Basemap,
  index: number,
  previous: number | null,
  width: number,
  height: number,
  insets: Insets
): MapChange {
  const state = mapStateAt(story, index);
  const target = mapTargetView(story, basemap, index, width, height, insets);
  const routes = routeGeometry(story.routes);
  const plan = state ? progressPlan(story, index, routes) : null;
  const scrub = state?.scrub ?? false;
  if (previous === null || !state) {
    return {
      durationMs: 0,
      at: (_elapsed, progress) => ({
        camera: target,
        progressKm: plan ? (scrub ? plan.startKm + (plan.endKm - plan.startKm) * clamp01(progress) : plan.endKm) : undefined,
        entry: 1
      })
    };
  }
  // The camera: from the previous step's view.
  const from = mapTargetView(story, basemap, previous, width, height, insets);
  const flight = sameView(from, target) ? null : flightPath(from, target);
  const flightMs = flight ? Math.max(MIN_FLIGHT_MS, Math.min(MAX_FLIGHT_MS, flight.duration)) : 0;
  // The progress end: the previous end, or the route's start when the route changes.
  const before = progressPlan(story, previous, routes);
  const routeChanged = (plan?.route.id ?? null) !== (before?.route.id ?? null);
  const startKm = plan ? (routeChanged ? plan.fromKm : before!.endKm) : 0;
  const progressMs = plan && !scrub && startKm !== plan.endKm ? PROGRESS_TWEEN_MS : 0;
  // New moving marks travel in on the entry clock (a scrubbed step's follow the scroll).
  const previousMovers = new Set((mapStateAt(story, previous)?.movers ?? []).map((m) => m.id));
  const newMovers = state.movers.some((m) => !previousMovers.has(m.id));
  const entryMs = newMovers && !scrub ? MOVER_TWEEN_MS : 0;
  return {
    durationMs: Math.max(flightMs, progressMs, entryMs),
    at(elapsed, progress) {
      const camera = flight && elapsed < flightMs ? (flight(eased(elapsed, flightMs)) as CameraView) : target;
      let progressKm: number | undefined;
      if (plan) {
        if (scrub) progressKm = plan.startKm + (plan.endKm - plan.startKm) * clamp01(progress);
        else progressKm = progressMs && elapsed < progressMs ? startKm + (plan.endKm - startKm) * eased(elapsed, progressMs) : plan.endKm;
      }
      return { camera, progressKm, entry: eased(elapsed, MOVER_TWEEN_MS) };
    }
  };
}

function clamp01(t: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(t) ? t : 1));
}
