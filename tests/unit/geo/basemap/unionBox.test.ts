import { describe, expect, it } from 'vitest';
import { unionBox } from '../../../../src/geo/basemap/unionBox.js';
import type { Box } from '../../../../src/geo/basemap/basemapFile.js';

describe('unionBox', () => {
  it.each([
    ['one box', [[0, 0, 10, 10]], [0, 0, 10, 10]],
    ['boxes side by side', [[0, 0, 10, 10], [10, 5, 20, 15]], [0, 0, 20, 15]],
    ['boxes apart', [[-100, 0, -90, 10], [30, 0, 40, 10]], [-100, 0, 40, 10]],
    ['tiles either side of the antimeridian', [[165, -30, 180, -15], [-180, -30, -165, -15]], [165, -30, -165, -15]],
    ['a box that crosses already', [[170, 0, -170, 10], [-175, 5, -160, 20]], [170, 0, -160, 20]],
    ['boxes round the whole globe', [[-180, 0, 0, 10], [0, 0, 180, 10]], [-180, 0, 180, 10]]
  ] as [string, Box[], Box][])('joins %s', (_, boxes, union) => {
    expect(unionBox(boxes)).toEqual(union);
  });
});
