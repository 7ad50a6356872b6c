/**
 * The embed speaks the story's language: a Hebrew story gets its words from the Hebrew
 * table, which the embed loads (a file of its own) with the story; an English story loads
 * no language file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const hebrew = readFileSync(new URL('../fixtures/stories/he-election.json', import.meta.url), 'utf8');
const english = readFileSync(new URL('../fixtures/stories/valid.json', import.meta.url), 'utf8');

const PAGE = (json: string) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Language</title><script src="./embed/embed.js" defer></script></head>
<body><div id="story" data-scrollstage><script type="application/json">${json.replace(/</g, '\\u003c')}</script></div></body></html>`;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(demo, {
    route(req, res) {
      const pages: Record<string, string> = { '/he.html': PAGE(hebrew), '/en.html': PAGE(english) };
      if (req.url && pages[req.url]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[req.url]);
        return true;
      }
      return false;
    }
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until the sources section below the steps, drawn after the first paint from a file of its own, shows `heading`. */
async function open(file: string, heading: string) {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.url}${file}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.getElementById('story')?.shadowRoot?.querySelector('.step'), undefined, { timeout: 20_000 });
  await page
    .waitForFunction((h) => (document.getElementById('story')?.shadowRoot?.textContent ?? '').includes(h), heading, { timeout: 20_000 })
    .catch(() => {}); // the assertions below say what is missing
  const text = await page.evaluate(() => document.getElementById('story')!.shadowRoot!.textContent ?? '');
  return { text, requested, errors, close: () => context.close() };
}

describe('the embed and the story’s language', () => {
  it('loads the Hebrew words with a Hebrew story and shows them', async () => {
    const { text, requested, errors, close } = await open('he.html', 'מקורות ושיטה');
    expect(requested.filter((p) => /\/embed\/locales\//.test(p))).toEqual([expect.stringMatching(/\/embed\/locales\/he-[\w-]+\.js$/)]);
    expect(text).toContain('מקורות ושיטה');
    expect(text).not.toContain('Sources and method');
    expect(errors).toEqual([]);
    await close();
  });

  it('loads no language file for an English story', async () => {
    const { text, requested, errors, close } = await open('en.html', 'Sources and method');
    expect(requested.filter((p) => /\/embed\/locales\//.test(p))).toEqual([]);
    expect(text).toContain('Sources and method');
    expect(errors).toEqual([]);
    await close();
  });
});
