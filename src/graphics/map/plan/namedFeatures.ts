/** A basemap feature a story names: by id alone, or with the words to label it. */
import type { NamedFeature } from '../schema.js';

export function featureId(feature: NamedFeature): string {
  return typeof feature === 'string' ? feature : feature.id;
}

/** The story's own label for the feature, when it gives one. */
export function featureLabel(feature: NamedFeature): string | undefined {
  return typeof feature === 'string' ? undefined : feature.label || undefined;
}
