import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnPort } from '../../../../src/cli/preview/listenOnPort.js';
import { PreviewError } from '../../../../src/cli/preview/previewError.js';

const servers: Server[] = [];
function server(): Server {
  const s = createServer();
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** A port some other server holds. */
async function takenPort(): Promise<number> {
  const holder = server();
  await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
  return (holder.address() as AddressInfo).port;
}

describe('listenOnPort', () => {
  it('listens on the port asked for; 0 is any free one', async () => {
    const port = await listenOnPort(server(), 0, '127.0.0.1', false);
    expect(port).toBeGreaterThan(0);
  });

  it('stops with a one-line reason when a port the author chose is taken', async () => {
    const taken = await takenPort();
    const error = await listenOnPort(server(), taken, '127.0.0.1', false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PreviewError);
    expect((error as Error).message).toBe(
      `port ${taken} on 127.0.0.1 is taken (another preview or server?): choose another with --port N (--port 0 picks any free one)`
    );
  });

  it('moves on to the next free port when the default is taken', async () => {
    const taken = await takenPort();
    const port = await listenOnPort(server(), taken, '127.0.0.1', true);
    expect(port).toBeGreaterThan(taken);
  });

  it('names a host that is not an address of this machine', async () => {
    // 192.0.2.0/24 is reserved for documentation: never an address of a test machine.
    const error = await listenOnPort(server(), 0, '192.0.2.1', false).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'cannot listen on 192.0.2.1: it is not an address of this machine (use --host 127.0.0.1, or 0.0.0.0 for every address)'
    );
  });
});
