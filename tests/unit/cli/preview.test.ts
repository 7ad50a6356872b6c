import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, usage, type CliIo } from '../../../src/cli/main.js';
import { preview, previewUsage, startPreview } from '../../../src/cli/preview.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = 'tests/fixtures/stories/valid.json';

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    cwd: repo,
    readFile: (path: string) => readFile(path, 'utf8')
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('scrollstage preview', () => {
  let holder: Server;
  let taken: number;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    taken = (holder.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((done) => holder.close(done)));

  it('is listed in the usage', () => {
    expect(usage()).toContain('scrollstage preview FILE [--port N] [--host H]');
  });

  it('prints its help on --help and exits 0', async () => {
    const { io, stdout } = testIo();
    expect(await main(['preview', '--help'], io)).toBe(0);
    expect(stdout()).toBe(previewUsage + '\n');
  });

  it.each([
    [[], 'no story file given'],
    [[VALID, '--port', 'eighty'], '--port must be a whole number from 0 to 65535 (got eighty); 0 picks any free port'],
    [[VALID, '--open'], 'unknown option --open']
  ])('stops with a usage error for %j, exit 2', async (args, reason) => {
    const { io, stdout, stderr } = testIo();
    expect(await main(['preview', ...args], io)).toBe(2);
    expect(stderr().split('\n')[0]).toBe(`scrollstage preview: ${reason}`);
    expect(stdout()).toBe('');
  });

  it.each([
    ['stories/nope.json', 'stories/nope.json: cannot read (ENOENT: no such file)'],
    ['tests/fixtures/stories', 'tests/fixtures/stories: cannot read (EISDIR: is a directory)']
  ])('says in one line that %s cannot be previewed, exit 1', async (file, line) => {
    const { io, stderr } = testIo();
    expect(await main(['preview', file], io)).toBe(1);
    expect(stderr()).toBe(`scrollstage preview: ${line}\n`);
  });

  it('stops in one line when the port the author chose is taken, exit 1', async () => {
    const { io, stderr } = testIo();
    expect(await preview([VALID, '--port', String(taken)], io)).toBe(1);
    expect(stderr()).toBe(
      `scrollstage preview: port ${taken} on 127.0.0.1 is taken (another preview or server?): choose another with --port N (--port 0 picks any free one)\n`
    );
  });

  it('moves on from a taken default port and says which one it took', async () => {
    const { io, stdout } = testIo();
    const running = await startPreview({ file: VALID, port: taken, host: '127.0.0.1', portGiven: false }, io);
    try {
      expect(running.port).toBeGreaterThan(taken);
      expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
      expect(stdout()).toContain(`port ${taken} is taken; using ${running.port}\n`);
      expect(stdout()).toContain(`${VALID}: ok (4 steps)\n`);
      const page = await fetch(running.url);
      expect(await page.text()).toContain('scrollstage preview');
    } finally {
      await running.close();
    }
  });
});
