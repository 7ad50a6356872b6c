import { describe, expect, it } from 'vitest';
import { byteRange } from '../../../../src/cli/preview/byteRange.js';

describe('byteRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=500-', 1000, { start: 500, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { start: 900, end: 999 }],
    [' bytes=0-0 ', 1, { start: 0, end: 0 }]
  ])('%s of %i bytes', (header, size, range) => {
    expect(byteRange(header, size)).toEqual(range);
  });

  it.each([
    [undefined, 'no header'],
    ['items=0-1', 'another unit'],
    ['bytes=0-1,5-9', 'several ranges'],
    ['bytes=-', 'no numbers'],
    ['bytes=9-1', 'an end before the start']
  ])('sends the whole file for %s (%s)', (header, _why) => {
    expect(byteRange(header, 1000)).toBeNull();
  });

  it('cannot satisfy a range that starts past the end, or an empty suffix', () => {
    expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
