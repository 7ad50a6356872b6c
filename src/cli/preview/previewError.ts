/**
 * A problem the author can fix (a missing file, a taken port, no built embed): `preview`
 * prints its message as one line and exits 1. Anything else is a bug and reported as one.
 */
export class PreviewError extends Error {
  override name = 'PreviewError';
}
