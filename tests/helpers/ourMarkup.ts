/**
 * What a snapshot drawing may hold outside its one <style>: only SVG elements the drawings
 * make themselves, no event handler, no script URL, and no "<" that starts anything else.
 * Shared by the tests that put injection payloads through snapshots and video frames.
 */
import { expect } from 'vitest';

/** What SnapshotGraphic, ExportStage and the types' snapshot drawings draw. */
export const SVG_ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'line', 'text', 'tspan', 'clipPath', 'title', 'polygon', 'polyline', 'image'];

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

/** The contents of each <style> element in `svg`. */
export function styleContents(svg: string): string[] {
  return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
}

/** Fails unless `svg`, outside its <style> elements, is only our own markup. */
export function expectOnlyOurMarkup(svg: string): void {
  const rest = svg.replace(/<style>[\s\S]*?<\/style>/g, '');
  for (const [, name, attributes] of rest.matchAll(TAG)) {
    expect(SVG_ELEMENTS).toContain(name);
    for (const [, attribute, value = ''] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      expect(attribute!.toLowerCase().startsWith('on'), `${name} ${attribute}`).toBe(false);
      expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  // Every "<" left starts one of those tags or a closing tag: none is a payload's.
  expect(rest.replace(TAG, '').replace(/<\/[a-zA-Z][\w:-]*>/g, '')).not.toContain('<');
}
