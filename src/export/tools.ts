/**
 * The programs an export runs: Chromium (the PDF and every video frame) and ffmpeg (the
 * video's encoder), found before anything is rendered, so a missing one is a one-line
 * message saying how to install it, never a stack trace halfway through.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `name` on `pathVariable` (a PATH value), or null. */
export function onPath(name: string, pathVariable: string | undefined): string | null {
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return null;
}

export type Found = { path: string } | { problem: string };

/** Chromium: CHROMIUM_PATH when set (and nothing else: a wrong setting should be said, not worked around), else /usr/bin/chromium. */
export function findChromium(env: NodeJS.ProcessEnv): Found {
  const given = env.CHROMIUM_PATH;
  if (given) {
    return executable(given)
      ? { path: given }
      : {
          problem: `Chromium not found at ${given} (CHROMIUM_PATH): point CHROMIUM_PATH at a Chromium or Chrome, or install it with "apt-get install -y chromium"`
        };
  }
  if (executable(DEFAULT_CHROMIUM)) return { path: DEFAULT_CHROMIUM };
  return {
    problem: `Chromium not found at ${DEFAULT_CHROMIUM}: install it with "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium or Chrome`
  };
}

/** ffmpeg and ffprobe's sibling on PATH. */
export function findFfmpeg(env: NodeJS.ProcessEnv): Found {
  const path = onPath('ffmpeg', env.PATH);
  return path
    ? { path }
    : {
        problem: 'ffmpeg not found on PATH: install it with "apt-get install -y ffmpeg"'
      };
}
