/**
 * The part of a file an HTTP `Range` header asks for. Browsers seek in a video (and a
 * `scrub` video follows the scroll by seeking) with single byte ranges; a server that
 * ignores them leaves the video unseekable in Chromium.
 */

export interface ByteRange {
  /** First and last byte, inclusive, as in `Content-Range`. */
  start: number;
  end: number;
}

/**
 * `bytes=A-B`, `bytes=A-` or `bytes=-N` of a file of `size` bytes. Returns null when the
 * whole file should be sent (no header, another unit, several ranges, a malformed header:
 * RFC 9110 lets a server ignore those), or 'unsatisfiable' when the range starts past the end.
 */
export function byteRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (to !== '' && Number(to) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
