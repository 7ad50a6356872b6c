/**
 * Everything the map computes for one step at one size, settled (the camera at the step's
 * view): geography, projection, locator context, layout, view and its transform, the
 * progress plan and the placed labels. The component derives the same pieces one by one so
 * each recomputes only when its inputs change; tests, snapshots and exports take the whole
 * scene at once from here.
 */
import type { Story } from '../../../schema/parseStory.js';
import type { Insets } from '../../../core/graphicProps.js';
import { baseProjection } from '../../../geo/baseProjection.js';
import { pointAtKm } from '../../../geo/pointAtKm.js';
import { viewTransform } from '../../../geo/viewTransform.js';
import { mapGeography, type Basemap } from './mapGeography.js';
import { locatorAspect, locatorContext } from './locatorContext.js';
import { mapLayout } from './mapLayout.js';
import { targetView } from './targetView.js';
import { progressPlan } from './progressPlan.js';
import { routeGeometry } from './routeGeometry.js';
import { mapLabels } from './mapLabels.js';
import { mapStateAt } from '../state.js';

export function mapScene(story: Story, index: number, width: number, height: number, insets: Insets, basemap: Basemap) {
  const state = mapStateAt(story, index);
  const geo = mapGeography(story, basemap);
  const context = locatorContext(geo, state?.focus ?? []);
  const projection = baseProjection(width, height, geo.spec, geo.region);
  const chrome = { credits: geo.credits, locatorAspect: state?.locator === false ? 0 : locatorAspect(projection, context) };
  const layout = mapLayout(story, index, width, height, insets, chrome);
  const view = state ? targetView(story, state.view, projection, layout, geo.region) : null;
  const transform = view ? viewTransform(view, layout.frame) : { x: 0, y: 0, k: 1 };
  const plan = state ? progressPlan(story, index, routeGeometry(story.routes)) : null;
  const project = (p: [number, number]) => projection(p) as [number, number];
  const labels = state
    ? mapLabels({
        story,
        index,
        projection,
        transform,
        layout,
        geo,
        width,
        height,
        front: plan ? project(pointAtKm(plan.route.coordinates, plan.endKm, plan.route.cumulative)) : null,
        remainingMid:
          plan && plan.remainingKm > 0 ? project(pointAtKm(plan.route.coordinates, plan.endKm + plan.remainingKm / 2, plan.route.cumulative)) : null
      })
    : [];
  return { state, geo, context, projection, layout, view, transform, plan, labels };
}
