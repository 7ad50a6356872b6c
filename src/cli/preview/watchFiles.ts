/**
 * Watches a set of files for saves. It watches each file's folder rather than the file:
 * editors save by writing a new file and renaming it over the old one, and a watch on the
 * old file would follow it into the backup (or the void) and miss every later save.
 * Events for other files in those folders (an editor's swap and backup files) are dropped.
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { changeBatcher } from './changeBatcher.js';

/** Quiet time that ends a save, ms: editors finish one within a few ms, and 60 ms more is invisible next to a page's re-render. */
export const SAVE_QUIET_MS = 60;
/** Longest wait while events keep coming (a large file being copied in), ms: a save still shows within a second. */
export const SAVE_MAX_WAIT_MS = 400;

export interface FileWatcher {
  /** Watches one more file; watching one twice is harmless. A file need not exist yet. */
  add(file: string): void;
  close(): void;
}

export interface WatchOptions {
  quietMs?: number;
  maxWaitMs?: number;
  /** Told once per folder that cannot be watched (no such folder, the system's watch limit). */
  onError?(folder: string, error: NodeJS.ErrnoException): void;
}

export function watchFiles(onChange: (files: string[]) => void, options: WatchOptions = {}): FileWatcher {
  const files = new Set<string>();
  const folders = new Map<string, FSWatcher>();
  const batch = changeBatcher(onChange, options.quietMs ?? SAVE_QUIET_MS, options.maxWaitMs ?? SAVE_MAX_WAIT_MS);
  let closed = false;

  const changedIn = (folder: string) => {
    for (const file of files) if (dirname(file) === folder) batch.add(file);
  };

  const watchFolder = (folder: string) => {
    if (folders.has(folder) || closed) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: true }, (_event, name) => {
        // Some systems do not say which file changed: count it as a change to all of them.
        if (!name) return changedIn(folder);
        const file = join(folder, name.toString());
        if (files.has(file)) batch.add(file);
      });
    } catch (error) {
      options.onError?.(folder, error as NodeJS.ErrnoException);
      return;
    }
    watcher.on('error', (error: NodeJS.ErrnoException) => {
      // The folder went away (deleted or renamed): its files changed; a later add() may watch it again.
      watcher.close();
      folders.delete(folder);
      changedIn(folder);
      options.onError?.(folder, error);
    });
    folders.set(folder, watcher);
  };

  return {
    add(file) {
      const path = resolve(file);
      if (files.has(path)) return;
      files.add(path);
      watchFolder(dirname(path));
    },
    close() {
      closed = true;
      batch.cancel();
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    }
  };
}
