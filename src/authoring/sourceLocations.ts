/**
 * Where each part of an imported story was written: a tree parallel to the story's JSON
 * whose nodes give a file, line and column. An imported story is pieced together from an
 * ArchieML document, JSON written inside it and JSON files it names, so one story path can
 * lead into any of them; `locate` follows a problem's path as deep as the tree goes and
 * gives that place (for a missing field, the object that lacks it).
 */
import type { JsonNode, ScannedJson } from '../schema/locateJsonPath.js';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface LocationNode {
  /** Where the value starts. */
  at: SourcePosition;
  /** Where its key is written, when it has one. */
  key?: SourcePosition;
  child(segment: string | number): LocationNode | undefined;
}

/** A node whose children are set as the story is built. */
export class LocationTree implements LocationNode {
  readonly children = new Map<string | number, LocationNode>();
  constructor(
    readonly at: SourcePosition,
    readonly key?: SourcePosition
  ) {}
  child(segment: string | number): LocationNode | undefined {
    return this.children.get(segment);
  }
}

/** The locations of a scanned JSON value, `place` turning its offsets into positions. */
export function jsonLocations(node: JsonNode, place: (offset: number) => SourcePosition, keyOffset?: number): LocationNode {
  return {
    at: place(node.offset),
    ...(keyOffset === undefined ? {} : { key: place(keyOffset) }),
    child(segment) {
      if (node.members && typeof segment === 'string') {
        const member = node.members.get(segment);
        return member && jsonLocations(member.value, place, member.keyOffset);
      }
      const item = node.items && typeof segment === 'number' ? node.items[segment] : undefined;
      return item && jsonLocations(item, place);
    }
  };
}

/** The node at a JSON pointer's segments in a scanned file, or `undefined`. */
export function jsonNodeAt(scanned: ScannedJson, segments: readonly (string | number)[]): JsonNode | undefined {
  let node: JsonNode | undefined = scanned.root;
  for (const segment of segments) {
    if (!node) return undefined;
    node = node.members ? node.members.get(String(segment))?.value : node.items?.[Number(segment)];
  }
  return node;
}

/**
 * Where a story path was written: the deepest node the path reaches. With `key`, a path
 * that reaches its last node gives that node's key (the thing to change for a field that
 * should not be there).
 */
export function locate(root: LocationNode, segments: readonly (string | number)[], options: { key?: boolean } = {}): SourcePosition {
  let node = root;
  for (const segment of segments) {
    const next = node.child(segment);
    if (!next) return node.at;
    node = next;
  }
  return (options.key && node.key) || node.at;
}
