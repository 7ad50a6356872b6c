// `npm run sizes`: what a reader downloads for each story in stories/ through the script-tag
// embed, measured in Chromium: the page embeds the story, a reader scrolls from the first
// step to the last, and every file the embed fetched is counted at its gzip -9 size (photos
// and videos as they are). Prints a Markdown table for the README. Builds the demo site first
// unless told `--no-build` (it serves dist/demo, where the embed and the stories are).
import { createServer } from 'node:http';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'dist/demo');
/** @type {Record<string, string>} */
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt' };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Serves dist/demo and records each path asked for.
 * @param {Set<string>} requested
 * @returns {Promise<{ url: string, close(): void }>}
 */
function serve(requested) {
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      try {
        const body = await readFile(join(demo, normalize(path)));
        requested.add(path);
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => server.close() });
    });
  });
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/**
 * How a fetched file counts: the embed's code, its CSS, the story, its basemap, or media.
 * @param {string} path
 * @param {string} story
 * @returns {'js' | 'css' | 'story' | 'basemap' | 'media'}
 */
function category(path, story) {
  if (path.startsWith('/embed/world/')) return 'basemap';
  if (path.endsWith('.css')) return 'css';
  if (path.startsWith('/embed/')) return 'js';
  if (path === `/stories/${story}`) return 'story';
  if (path.endsWith('.basemap.json')) return 'basemap';
  return 'media';
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {Set<string>} requested
 * @param {string} story
 */
async function measure(browser, url, requested, story) {
  requested.clear();
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const pageName = `sizes-${story.replace(/\.json$/, '')}.html`;
  await writeFile(join(demo, pageName), `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><div data-scrollstage="stories/${story}"></div><script src="embed/embed.js" defer></script></body></html>`);
  try {
    await page.goto(`${url}/${pageName}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.scrollstage .step', { timeout: 30_000 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(120);
    }
    await page.waitForLoadState('networkidle');
  } finally {
    await page.close();
    await rm(join(demo, pageName), { force: true });
  }
  const sums = { js: 0, css: 0, story: 0, basemap: 0, media: 0 };
  for (const path of requested) {
    if (path.endsWith('.html')) continue;
    const body = readFileSync(join(demo, normalize(path)));
    const media = /\.(jpg|webp|mp4|webm|png)$/.test(path);
    sums[category(path, story)] += media ? body.length : gzipSync(body, { level: 9 }).length;
  }
  return sums;
}

/** @param {string[]} args */
export async function main(args = process.argv.slice(2)) {
  if (!args.includes('--no-build')) {
    const { buildDemo } = await import('./build.js');
    await buildDemo();
  }
  const stories = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.json') && !f.endsWith('.basemap.json') && f !== 'story.schema.json');
  const requested = new Set();
  const server = await serve(requested);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows = ['| story | JavaScript | CSS | story | basemap | photos, video | total |', '| --- | --- | --- | --- | --- | --- | --- |'];
  try {
    for (const story of stories) {
      const s = await measure(browser, server.url, requested, story);
      const own = JSON.parse(readFileSync(join(root, 'stories', story), 'utf8')).basemap ? 'its own' : 'world tiles';
      const total = s.js + s.css + s.story + s.basemap + s.media;
      rows.push(`| \`${story}\` | ${kb(s.js)} | ${kb(s.css)} | ${kb(s.story)} | ${s.basemap ? `${kb(s.basemap)} (${own})` : '—'} | ${s.media ? kb(s.media) : '—'} | ${kb(total)} |`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(rows.join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
