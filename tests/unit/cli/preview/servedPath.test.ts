import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, servedPath } from '../../../../src/cli/preview/servedPath.js';

const root = resolve('/srv/story');

describe('servedPath', () => {
  it.each([
    ['/story.json', join(root, 'story.json')],
    ['/images/a%20b.png', join(root, 'images', 'a b.png')],
    ['/images/../story.json', join(root, 'story.json')],
    ['/..hidden/x.png', join(root, '..hidden', 'x.png')],
    ['/', root]
  ])('finds %s inside the folder', (path, file) => {
    expect(servedPath(root, path)).toBe(file);
  });

  it.each(['/../secret', '/%2e%2e/secret', '/images/%2E%2E/%2e%2e/secret', '/a%00b', '/..%5csecret', '/%E0%A4%A', 'relative'])(
    'names no file for %s',
    (path) => {
      expect(servedPath(root, path)).toBeNull();
    }
  );
});

describe('isInside', () => {
  it('holds the folder itself and what is under it, not a sibling that shares its name as a prefix', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, join(root, 'a', 'b'))).toBe(true);
    expect(isInside(root, `${root}-other/x`)).toBe(false);
    expect(isInside(root, resolve(root, '..'))).toBe(false);
  });
});
