// styleElement: what the snapshots' `{@html}` writes. Any text it is given stays inside
// one <style>: parsed as HTML (jsdom's parser) no other element comes out, and inside an
// SVG file parsed as XML it is well formed, with the same CSS.
import { describe, expect, it } from 'vitest';
import { styleElement } from '../../src/components/snapshot/snapshotStyle.js';
import { TEXT_PAYLOADS } from '../fixtures/injection/payloads.js';

describe('styleElement', () => {
  it.each([
    '</style><script>alert(1)</script>',
    '</STYLE ><img src=x onerror=alert(1)>',
    'a::after { content: "</style><svg onload=alert(1)>" }',
    '<!-- --><style>',
    'a { font-family: "A&B", "&amp;", "&#60;" } &lt;/style&gt;',
    ...Object.values(TEXT_PAYLOADS)
  ])('is written by styleElement, which keeps any text inside one <style>: %s', (css) => {
    const element = styleElement(css);
    expect(element.startsWith('<style>')).toBe(true);
    expect(element.endsWith('</style>')).toBe(true);
    // Between the tags there is no "<" and no "&" at all, so no tag, comment, closing tag or entity can start.
    expect(element.slice('<style>'.length, -'</style>'.length)).not.toMatch(/[<&]/);
    const escaped = css.replace(/</g, '\\3c ').replace(/&/g, '\\26 ');
    // Parsed as HTML, it is one <style> element whose text is the CSS, escaped.
    const doc = new DOMParser().parseFromString(`<body>${element}</body>`, 'text/html');
    expect([...doc.body.children].map((e) => e.tagName)).toEqual(['STYLE']);
    // (The HTML parser reads a NUL as U+FFFD, as it does everywhere.)
    expect(doc.body.firstElementChild!.textContent).toBe(escaped.replace(/\0/g, '\uFFFD'));
    // In a standalone SVG file (XML): well formed, one <style>, the same text (XML refuses a NUL, which the HTML case covers).
    if (!css.includes('\0')) {
      const svg = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${element}</svg>`, 'image/svg+xml');
      expect(svg.getElementsByTagName('parsererror')).toHaveLength(0);
      expect([...svg.documentElement.children].map((e) => e.localName)).toEqual(['style']);
      expect(svg.documentElement.firstElementChild!.textContent).toBe(escaped);
    }
  });
});
