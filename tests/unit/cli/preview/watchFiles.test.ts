import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFiles, type FileWatcher } from '../../../../src/cli/preview/watchFiles.js';

/** Real file system events: these tests wait for them, with room for a busy machine. */
const SETTLE_MS = 400;
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('watchFiles', () => {
  let dir: string;
  let batches: string[][];
  let watcher: FileWatcher;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrollstage-watch-'));
    await writeFile(join(dir, 'story.json'), '{}');
    batches = [];
    watcher = watchFiles((files) => batches.push(files.sort()), { quietMs: 50, maxWaitMs: 300 });
  });
  afterEach(async () => {
    watcher.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The batches seen once events have settled. */
  async function settled(): Promise<string[][]> {
    await wait(SETTLE_MS);
    return batches;
  }

  it('sees a save in place as one change', async () => {
    watcher.add(join(dir, 'story.json'));
    await writeFile(join(dir, 'story.json'), '{"a": 1}');
    expect(await settled()).toEqual([[join(dir, 'story.json')]]);
  });

  it('keeps seeing saves made by renaming a new file over the old one, as editors do', async () => {
    const story = join(dir, 'story.json');
    watcher.add(story);
    for (let i = 0; i < 3; i++) {
      // Vim: move the old file to a backup, write the new one; others: write a temporary file and rename it over.
      if (i % 2 === 0) {
        await rename(story, `${story}~`);
        await writeFile(story, `{"save": ${i}}`);
      } else {
        await writeFile(join(dir, '.story.json.tmp'), `{"save": ${i}}`);
        await rename(join(dir, '.story.json.tmp'), story);
      }
      expect(await settled()).toHaveLength(i + 1);
    }
    expect(batches.every((batch) => batch.length === 1 && batch[0] === story)).toBe(true);
  });

  it("ignores the folder's other files (swap files, backups)", async () => {
    watcher.add(join(dir, 'story.json'));
    await writeFile(join(dir, '.story.json.swp'), 'x');
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(await settled()).toEqual([]);
  });

  it('watches files in other folders, and files that do not exist yet', async () => {
    await mkdir(join(dir, 'images'));
    watcher.add(join(dir, 'story.json'));
    watcher.add(join(dir, 'images', 'photo.jpg'));
    await writeFile(join(dir, 'images', 'photo.jpg'), 'jpeg');
    expect(await settled()).toEqual([[join(dir, 'images', 'photo.jpg')]]);
  });

  it('says nothing after close', async () => {
    watcher.add(join(dir, 'story.json'));
    watcher.close();
    await writeFile(join(dir, 'story.json'), '{"late": true}');
    expect(await settled()).toEqual([]);
  });

  it('tells onError about a folder it cannot watch, and carries on', async () => {
    const errors: string[] = [];
    const other = watchFiles(() => {}, { onError: (folder, error) => errors.push(`${folder} ${error.code}`) });
    other.add(join(dir, 'missing', 'x.png'));
    other.close();
    expect(errors).toEqual([`${join(dir, 'missing')} ENOENT`]);
  });
});
