/**
 * Whether a request's `Host` header may be answered. A preview listening on this machine
 * only answers requests addressed to this machine by name or loopback address: otherwise a
 * web page the author visits could point its own domain name at 127.0.0.1 (DNS rebinding)
 * and read the story's folder through the author's browser. Vite's dev server checks the
 * same way. Listening on another address (`--host`) means the author opened it up on purpose.
 */
import { isIP } from 'node:net';

const LOOPBACK_NAME = /^(localhost|.+\.localhost)$/i;

function isLoopback(hostname: string): boolean {
  if (LOOPBACK_NAME.test(hostname)) return true;
  if (isIP(hostname) === 4) return hostname.startsWith('127.');
  return hostname === '::1';
}

/** The host name of a Host header: `[::1]:4173` gives `::1`, `localhost:4173` gives `localhost`. */
function hostnameOf(header: string): string {
  const bracketed = header.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) return bracketed[1]!;
  return header.replace(/:\d+$/, '');
}

/** @param listening the address the server listens on (the --host option) */
export function hostAllowed(header: string | undefined, listening: string): boolean {
  if (!isLoopback(listening)) return true;
  return header !== undefined && isLoopback(hostnameOf(header.trim()));
}
