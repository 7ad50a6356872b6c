/**
 * A graphic of the page's own, in plain JavaScript, through `window.scrollstage.define`
 * (DESIGN.md, Embed): defined by a deferred script after embed.js, it draws in its box at
 * the graphic's size, is updated on every step with the step's fields over the previous
 * step's, follows the scroll in a scrubbed step, and is destroyed when it leaves. A story
 * naming a type nobody defined fails like any invalid story; a malformed definition throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, VIEWPORTS, wheelThrough } from '../helpers/browser.js';
import { startStaticServer, type StaticServer } from '../helpers/staticServer.js';

const demo = fileURLToPath(new URL('../../dist/demo/', import.meta.url));

const story = {
  version: 2,
  id: 'orchard',
  lang: 'en',
  title: 'The orchard',
  date: '2026-09-01',
  sources: [{ id: 'farm', name: 'The farm' }],
  steps: [
    { id: 'one', text: 'One apple.', sources: ['farm'], graphic: { type: 'my-counter', value: 1, label: 'apples' } },
    { id: 'two', text: 'Five apples.', sources: ['farm'], graphic: { type: 'my-counter', value: 5 } },
    { id: 'three', text: 'Still five.', sources: ['farm'] },
    { id: 'four', text: 'Counting up to nine.', sources: ['farm'], graphic: { type: 'my-counter', value: 9, scrub: true } },
    { id: 'five', text: 'The end.', sources: ['farm'] }
  ]
};

/** The page's graphic: it writes "label: value" in its box and records every call. */
const DEFINE = `
window.__calls = [];
window.scrollstage.define({
  type: 'my-counter',
  validate(fields) {
    return fields.value === undefined || typeof fields.value === 'number' ? [] : ['value must be a number'];
  },
  mount(element, context) {
    const text = document.createElement('p');
    text.className = 'counter';
    element.append(text);
    const draw = (c) => {
      text.textContent = c.state.label + ': ' + c.state.value;
      window.__calls.push({ kind: 'draw', index: c.index, value: c.state.value, label: c.state.label, progress: c.progress,
        width: c.width, height: c.height, box: [element.clientWidth, element.clientHeight], lang: c.lang, dir: c.dir });
    };
    draw(context);
    return { update: draw, destroy() { window.__calls.push({ kind: 'destroy' }); } };
  },
  describe(state) {
    return 'A counter at ' + state.value + ' ' + state.label + '.';
  },
  rows(state) {
    return [{ what: 'Counted ' + state.label, value: state.value }];
  }
});
try { window.scrollstage.define({ type: 'Bad Name', mount() {} }); } catch (error) { window.__defineError = error.message; }
`;

const PAGE = (json: unknown) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Define</title><script src="./embed/embed.js" defer></script><script src="./define-counter.js" defer></script></head>
<body><div id="counter" data-scrollstage><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></div>
<div style="height: 100vh"></div></body></html>`;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const undefinedType = { ...story, id: 'no-one', steps: [{ ...story.steps[0], graphic: { type: 'nobodys-counter', value: 1 } }] };
  server = await startStaticServer(demo, {
    route(req, res) {
      const pages: Record<string, string> = { '/define.html': PAGE(story), '/undefined.html': PAGE(undefinedType) };
      if (req.url && pages[req.url]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[req.url]);
        return true;
      }
      if (req.url === '/define-counter.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(DEFINE);
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

type Call = { kind: string; index: number; value: number; label: string; progress: number; width: number; height: number; box: [number, number]; lang: string; dir: string };

describe.each([
  ['phone', VIEWPORTS.phone],
  ['desktop', VIEWPORTS.desktop]
])('a graphic defined by the page, at %s size', (_name, viewport) => {
  it('is drawn and updated on every step, with inheritance, at the graphic’s box size', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}define.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('counter')?.shadowRoot?.querySelector('.counter'));
    expect(await page.evaluate(() => (window as unknown as { __defineError?: string }).__defineError)).toMatch(
      /^scrollstage\.define: type must be lower-case letters, digits and dashes/
    );
    await wheelThrough(page, 'down');
    const calls = await page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
    const draws = calls.filter((c) => c.kind === 'draw');
    // Every step drew, each with its state: the label carried over from step one.
    const last = new Map<number, Call>();
    for (const c of draws) last.set(c.index, c);
    expect([...last.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((i) => [last.get(i)!.value, last.get(i)!.label])).toEqual([
      [1, 'apples'],
      [5, 'apples'],
      [5, 'apples'],
      [9, 'apples'],
      [9, 'apples']
    ]);
    // At the size of its box, which is the graphic panel's.
    for (const c of draws) expect(c.box).toEqual([c.width, c.height]);
    const panel = await page.evaluate(() => {
      const graphic = document.getElementById('counter')!.shadowRoot!.querySelector('.graphic') as HTMLElement;
      return [graphic.clientWidth, graphic.clientHeight];
    });
    expect([last.get(4)!.width, last.get(4)!.height]).toEqual(panel);
    // The scrubbed step followed the scroll: several progress values on the way through.
    const scrubbed = new Set(draws.filter((c) => c.index === 3).map((c) => c.progress.toFixed(2)));
    expect(scrubbed.size).toBeGreaterThan(2);
    expect(draws[0]).toMatchObject({ lang: 'en', dir: 'ltr' });
    const text = await page.evaluate(() => document.getElementById('counter')!.shadowRoot!.querySelector('.counter')!.textContent);
    expect(text).toBe('apples: 9');
    // Its own text alternative, announced, and its figures in "View the data" (a row only when the value changes).
    await expect
      .poll(() => page.evaluate(() => document.getElementById('counter')!.shadowRoot!.querySelector('.live')!.textContent), { timeout: 10_000 })
      .toBe('A counter at 9 apples.');
    const figures = await page.evaluate(() =>
      [...document.getElementById('counter')!.shadowRoot!.querySelectorAll('table[data-table="figures"] tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent)
      )
    );
    expect(figures.map(([what, value]) => [what, value])).toEqual([
      ['Counted apples', '1'],
      ['Counted apples', '5'],
      ['Counted apples', '9']
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a story naming a type nobody defined', () => {
  it('fails like any invalid story, saying which type', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${server.url}undefined.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('counter')?.shadowRoot?.querySelector('.scrollstage-error'));
    const message = await page.evaluate(() => document.getElementById('counter')!.shadowRoot!.querySelector('.scrollstage-error')!.textContent);
    expect(message).toMatch(/the story is not valid: steps\[0\]\.graphic\.type: must be one of .*"my-counter".* \(got "nobodys-counter"\)/);
    await context.close();
  });
});
