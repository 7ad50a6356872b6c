import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStorySource } from '../../../../src/cli/checkStory.js';
import { createPreviewServer, type PreviewServer } from '../../../../src/cli/preview/previewServer.js';
import type { PreviewMessage } from '../../../../src/cli/preview/previewMessage.js';
import { WIDE_LAYOUT_MIN_WIDTH } from '../../../../src/constants.js';

const valid = await readFile(new URL('../../../fixtures/stories/valid.json', import.meta.url), 'utf8');
/** Longer than a save takes to reach the page (the watcher's quiet time and one check), on a busy machine. */
const EVENT_WAIT_MS = 3000;

/** Reads Server-Sent Events from the preview's stream, one `story` message at a time. */
async function openEvents(base: string) {
  const response = await fetch(`${base}__scrollstage/events`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    response,
    /** The next message, or null if none comes within `ms`. */
    async next(ms = EVENT_WAIT_MS): Promise<PreviewMessage | null> {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = buffer.match(/event: story\ndata: (.*)\n\n/);
        if (match) {
          buffer = buffer.slice(match.index! + match[0].length);
          return JSON.parse(match[1]!) as PreviewMessage;
        }
        const left = deadline - Date.now();
        if (left <= 0) return null;
        const chunk = await Promise.race([reader.read(), new Promise<null>((done) => setTimeout(done, left, null))]);
        if (chunk === null) return null;
        if (chunk.done) return null;
        buffer += chunk.value;
      }
    },
    close: () => reader.cancel()
  };
}

/** A GET with the path (and Host header) exactly as given: fetch would normalise dot segments away, and set Host itself. */
function rawGet(base: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    request(`${base}x`, { path, ...(host ? { headers: { host } } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('createPreviewServer', () => {
  let dir: string;
  let preview: PreviewServer;
  let base: string;
  const logged: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrollstage-preview-'));
    await mkdir(join(dir, 'story', 'images'), { recursive: true });
    await writeFile(join(dir, 'story', 'my story.json'), valid);
    await writeFile(join(dir, 'story', 'images', 'photo.png'), 'png v1');
    await writeFile(join(dir, 'story', 'clip.mp4'), Buffer.alloc(1000, 7));
    await writeFile(join(dir, 'secret.txt'), 'not for the browser');
    logged.length = 0;
    preview = await createPreviewServer({
      story: join(dir, 'story', 'my story.json'),
      shownName: 'story/my story.json',
      embed: new Map([['embed.js', Buffer.from('/* the embed */')]]),
      host: '127.0.0.1',
      log: (line) => logged.push(line)
    });
    await new Promise<void>((done) => preview.server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(preview.server.address() as AddressInfo).port}/`;
  });
  afterEach(async () => {
    await preview.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the page, its frames with the layout values filled in, and the embed', async () => {
    const page = await fetch(base);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toMatch(/<iframe name="phone"[^>]*width="390" height="844"[\s\S]*<iframe name="desktop"[^>]*width="1280" height="800"/);
    const frame = await (await fetch(`${base}__scrollstage/frame.html`)).text();
    expect(frame).toContain(`data-wide-min="${WIDE_LAYOUT_MIN_WIDTH}"`);
    expect(frame).not.toContain('%');
    expect(frame).toContain('<script src="/__scrollstage/embed/embed.js" defer></script>');
    const embed = await fetch(`${base}__scrollstage/embed/embed.js`);
    expect(embed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await embed.text()).toBe('/* the embed */');
    expect((await fetch(`${base}__scrollstage/embed/other.js`)).status).toBe(404);
    expect((await fetch(`${base}__scrollstage/page.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('tells a page that connects what to show at once: the steps and the story URL', async () => {
    const events = await openEvents(base);
    expect(events.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const first = await events.next();
    const story = JSON.parse(valid);
    expect(first).toEqual({
      version: 1,
      assets: 1,
      file: 'story/my story.json',
      ok: true,
      lines: ['story/my story.json: ok (4 steps)'],
      title: story.title,
      steps: story.steps.map((s: { id: string }) => s.id),
      url: '/my%20story.json?v=1'
    });
    expect(await (await fetch(new URL(first!.url, base))).text()).toBe(valid);
    await events.close();
  });

  it("pushes validate's lines when a save breaks the story, and the story when a save mends it", async () => {
    const events = await openEvents(base);
    await events.next();
    const broken = valid.replace('"steps": [', '"steps": [,');
    await writeFile(join(dir, 'story', 'my story.json'), broken);
    const bad = await events.next();
    expect(bad).toMatchObject({ version: 2, assets: 1, ok: false, steps: [] });
    expect(bad!.lines).toEqual(checkStorySource('story/my story.json', broken).lines);
    expect(bad!.lines[0]).toMatch(/^story\/my story\.json:\d+:\d+  invalid JSON: /);
    expect(logged.some((line) => line.endsWith(bad!.lines[0]!))).toBe(true);

    const edited = valid.replace(/"text": "[^"]*"/, '"text": "Edited in the preview test"');
    await writeFile(join(dir, 'story', 'my story.json'), edited);
    expect(await events.next()).toMatchObject({ version: 3, assets: 1, ok: true, url: '/my%20story.json?v=3' });
    expect(await (await fetch(`${base}my%20story.json?v=3`)).text()).toBe(edited);
    await events.close();
  });

  it('says the file cannot be read while it is gone, and shows it again when it is back', async () => {
    const events = await openEvents(base);
    await events.next();
    await rm(join(dir, 'story', 'my story.json'));
    expect(await events.next()).toMatchObject({ ok: false, lines: ['story/my story.json: cannot read (ENOENT: no such file)'] });
    await writeFile(join(dir, 'story', 'my story.json'), valid);
    expect(await events.next()).toMatchObject({ ok: true });
    await events.close();
  });

  it('serves the story folder and watches what the frames ask for: a save there loads the frames afresh', async () => {
    const events = await openEvents(base);
    await events.next();
    const photo = await fetch(`${base}images/photo.png`);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(await photo.text()).toBe('png v1');
    await writeFile(join(dir, 'story', 'images', 'photo.png'), 'png v2');
    expect(await events.next()).toMatchObject({ version: 2, assets: 2, ok: true });
    await events.close();
  });

  it('says nothing about files the frames never asked for', async () => {
    const events = await openEvents(base);
    await events.next();
    await writeFile(join(dir, 'story', 'notes.txt'), 'draft');
    await writeFile(join(dir, 'story', 'images', 'photo.png'), 'png v2');
    expect(await events.next(800)).toBeNull();
    await events.close();
  });

  it('serves byte ranges, so a video can seek', async () => {
    const part = await fetch(`${base}clip.mp4`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    const past = await fetch(`${base}clip.mp4`, { headers: { range: 'bytes=5000-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
  });

  it('serves nothing outside the story folder, by dot segments or by a symbolic link', async () => {
    await symlink(join(dir, 'secret.txt'), join(dir, 'story', 'link.txt'));
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/images/..%2f..%2fsecret.txt', '/__scrollstage/embed/../../secret.txt']) {
      const { status, body } = await rawGet(base, path);
      expect([400, 404], path).toContain(status);
      expect(body).not.toContain('not for the browser');
    }
    // The URL parser leaves an encoded slash alone; the server's own check refuses it.
    expect((await rawGet(base, '/images/..%2f..%2fsecret.txt')).status).toBe(400);
    const linked = await fetch(`${base}link.txt`);
    expect(linked.status).toBe(404);
    expect(await linked.text()).toBe('not found: link.txt\n');
    expect((await fetch(`${base}images`)).status).toBe(404);
  });

  it('answers only requests addressed to this machine, so no other site can read the folder by DNS rebinding', async () => {
    for (const host of ['localhost:4173', '127.0.0.1:4173', '[::1]:4173', 'story.localhost']) {
      expect((await rawGet(base, '/images/photo.png', host)).status, host).toBe(200);
    }
    const refused = await rawGet(base, '/images/photo.png', 'attacker.example:4173');
    expect(refused.status).toBe(403);
    expect(refused.body).toBe('scrollstage preview answers requests to this machine only (localhost or 127.0.0.1), not to attacker.example:4173\n');
  });

  it('answers GET and HEAD only, and never caches', async () => {
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${base}images/photo.png`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('6');
    expect(head.headers.get('cache-control')).toBe('no-store');
  });

  it('ends open event streams when it closes', async () => {
    const events = await openEvents(base);
    await events.next();
    await preview.close();
    expect(await events.next(1000)).toBeNull();
  });
});
