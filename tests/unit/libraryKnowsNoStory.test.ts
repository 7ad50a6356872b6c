// DESIGN.md principle 7: the library knows no story. No line of the package's code names the
// flagship's places, sides or roads: its words, colours, regions and projection live in the
// story file, its basemap and its theme. (Basemap data files are data, not code, and are
// not scanned.)
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** The flagship's words, as the issue lists them, in English and Arabic. */
const FLAGSHIP = /syria|idlib|idleb|aleppo|saraqeb|turk|convoy|observation[ -]post|government forces|highway|\bM[45]\b|damascus|سوري|إدلب|حلب|سراقب|ترك|دمشق|القوات الحكومية/i;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(ts|svelte|js|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('src/', () => {
  it('names no place, side or road of the flagship story', () => {
    const found: string[] = [];
    const files = codeFiles(src);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (FLAGSHIP.test(line)) found.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would catch one (the check is not empty)', () => {
    expect(FLAGSHIP.test('const REGIONS = [\'idleb\', \'aleppo\'];')).toBe(true);
    expect(FLAGSHIP.test('label: "Held by government forces"')).toBe(true);
    expect(FLAGSHIP.test('the M5 highway')).toBe(true);
  });
});
