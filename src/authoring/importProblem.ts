import { formatPath } from '../schema/formatPath.js';
import type { SourcePosition } from './sourceLocations.js';

/** One thing wrong with an imported story (or, for a note, worth a look), where it was written. */
export interface ImportProblem {
  /** The file, line and column to fix: the ArchieML document or a JSON file it names. */
  at: SourcePosition;
  /** Path segments into the story JSON: `['steps', 3, 'text']`. */
  segments: (string | number)[];
  /** The same path as text: `steps[3].text`. */
  path: string;
  message: string;
}

export function importProblem(at: SourcePosition, segments: (string | number)[], message: string): ImportProblem {
  return { at, segments, path: formatPath(segments), message };
}

/** `FILE:LINE:COL  JSON.PATH  message`, the form `scrollstage validate` prints. */
export function formatImportProblem({ at, path, message }: ImportProblem): string {
  return `${at.file}:${at.line}:${at.column}  ${path}  ${message}`;
}
