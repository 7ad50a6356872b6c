/**
 * The file a request path names inside a served folder, or null when it names none: paths
 * that climb out of the folder (`/../`, encoded or not), that hold a NUL or a backslash, or
 * that are not valid percent-encoding. Symbolic links are the server's to check.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export function servedPath(folder: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and never part of a URL path an author wrote.
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(folder);
  const file = resolve(join(root, path));
  return isInside(root, file) ? file : null;
}

/** True when `file` is `folder` itself or inside it (both resolved, as real paths). */
export function isInside(folder: string, file: string): boolean {
  const inside = relative(folder, file);
  return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside));
}
