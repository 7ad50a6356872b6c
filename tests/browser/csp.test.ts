/**
 * The embed under a strict Content Security Policy, as a newsroom that allows no inline
 * script or style serves it: `default-src 'self'; script-src 'self'; style-src 'self'`.
 * Two embeds (a story by URL and one inline) must get ready, draw the map, fire their
 * steps, and cause no `securitypolicyviolation` at all, from the first byte of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';
import { flagshipJsonForPage } from '../helpers/flagship.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

const inlineStory = () => JSON.stringify(flagshipJsonForPage());

const PAGE = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>CSP</title><script src="./embed/embed.js" defer></script></head>
<body>
<p>Before the explainers.</p>
<div id="by-url" data-scrollstage="./stories/idlib-m5.json"><p>Fallback by URL.</p></div>
<p>Between them.</p>
<div id="inline" data-scrollstage><script type="application/json">${inlineStory().replace(/</g, '\\u003c')}</script></div>
<p>After the explainers.</p>
</body></html>`;

/** From the first script on the page: every policy violation and embed event. */
function watch() {
  const w = window as unknown as { __violations: string[]; __events: { type: string; host: string; index?: number }[] };
  w.__violations = [];
  w.__events = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
  for (const type of ['scrollstage:ready', 'scrollstage:step', 'scrollstage:error']) {
    document.addEventListener(type, (e) => {
      w.__events.push({ type, host: (e.target as Element).id, index: (e as CustomEvent).detail.index });
    });
  }
}

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(demo, {
    headers: { 'content-security-policy': POLICY },
    route(req, res) {
      if (!req.url?.startsWith('/csp.html')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': POLICY });
      res.end(PAGE());
      return true;
    }
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(Object.entries(VIEWPORTS))('a strict CSP at %s size', (_name, viewport) => {
  it('lets both embeds get ready, draw the map and fire steps, with no violation', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addInitScript(watch);
    const response = await page.goto(`${server.url}csp.html`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    await page.waitForFunction(
      () => (window as unknown as { __events: { type: string }[] }).__events.filter((e) => e.type === 'scrollstage:ready').length === 2,
      undefined,
      { timeout: 30_000 }
    );
    const drawn = await page.evaluate(() =>
      ['by-url', 'inline'].map((id) => {
        const root = document.getElementById(id)!.shadowRoot!;
        const land = [...root.querySelectorAll('svg.scrollstage-map path')].map((p) => p.getAttribute('d') ?? '');
        const sheet = root.querySelector('link[rel="stylesheet"]') as HTMLLinkElement | null;
        const graphic = root.querySelector('.graphic') as HTMLElement;
        return {
          paths: land.filter((d) => d.length > 20).length,
          stylesLoaded: !!sheet?.sheet && sheet.sheet.cssRules.length > 0,
          // The explainer's own CSS applied: the graphic is sticky, the title styled.
          position: getComputedStyle(graphic).position,
          inlineStyles: root.querySelectorAll('style').length
        };
      })
    );
    for (const embed of drawn) {
      expect(embed.paths).toBeGreaterThan(3);
      expect(embed.stylesLoaded).toBe(true);
      expect(embed.position).toBe('sticky');
      expect(embed.inlineStyles).toBe(0);
    }

    // Scroll through the whole page: every step of both fires, the unit charts included.
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let i = 0; i < 1500; i++) {
      const done = await page.evaluate(() => scrollY >= document.documentElement.scrollHeight - innerHeight - 1);
      if (done) break;
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(1500);
    const events = await page.evaluate(() => (window as unknown as { __events: { type: string; host: string; index?: number }[] }).__events);
    for (const host of ['by-url', 'inline']) {
      const steps = events.filter((e) => e.type === 'scrollstage:step' && e.host === host).map((e) => e.index);
      expect(steps).toEqual([...Array(13).keys()]);
    }
    expect(events.filter((e) => e.type === 'scrollstage:error')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The trap works: an inline style attribute is reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length === 1);
    await context.close();
  });
});
