/**
 * Starts a server listening on the author's port, or (when they did not choose one) on the
 * first free port from the default up. Failures become one-line errors saying what to do.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PreviewError } from './previewError.js';

/** Ports tried after a taken default: enough for several previews and dev servers at once. */
export const PORT_ATTEMPTS = 20;


function listenOnce(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      server.off('listening', listening);
      reject(error);
    };
    const listening = () => {
      server.off('error', failed);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}

/** The port listened on. `tryNext`: a taken port moves on to the next one instead of failing. */
export async function listenOnPort(server: Server, port: number, host: string, tryNext: boolean): Promise<number> {
  const last = tryNext && port !== 0 ? Math.min(65535, port + PORT_ATTEMPTS - 1) : port;
  for (let candidate = port; ; candidate++) {
    try {
      return await listenOnce(server, candidate, host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && candidate < last) continue;
      throw new PreviewError(reason(code, port, candidate, host, tryNext));
    }
  }
}

function reason(code: string | undefined, first: number, port: number, host: string, tried: boolean): string {
  switch (code) {
    case 'EADDRINUSE':
      return tried && port !== first
        ? `ports ${first} to ${port} on ${host} are all taken: choose one with --port N (--port 0 picks any free one)`
        : `port ${port} on ${host} is taken (another preview or server?): choose another with --port N (--port 0 picks any free one)`;
    case 'EACCES':
    case 'EPERM':
      return `port ${port} on ${host} needs administrator rights: choose one from 1024 up with --port N`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `cannot listen on ${host}: it is not an address of this machine (use --host 127.0.0.1, or 0.0.0.0 for every address)`;
    default:
      return `cannot listen on ${host} port ${port} (${code ?? 'unknown error'})`;
  }
}
