// styleElement: what the snapshot's one `{@html}` writes. Any text it is given stays inside
// one <style>; parsed as HTML (jsdom's parser), no other element comes out.
import { describe, expect, it } from 'vitest';
import { styleElement } from '../../src/components/snapshot/snapshotStyle.js';
import { TEXT_PAYLOADS } from '../fixtures/injection/payloads.js';

describe('styleElement', () => {
  it.each([
    '</style><script>alert(1)</script>',
    '</STYLE ><img src=x onerror=alert(1)>',
    'a::after { content: "</style><svg onload=alert(1)>" }',
    '<!-- --><style>',
    ...Object.values(TEXT_PAYLOADS)
  ])('is written by styleElement, which keeps any text inside one <style>: %s', (css) => {
    const element = styleElement(css);
    expect(element.startsWith('<style>')).toBe(true);
    expect(element.endsWith('</style>')).toBe(true);
    // Between the tags there is no "<" at all, so no tag, comment or closing tag can start.
    expect(element.slice('<style>'.length, -'</style>'.length)).not.toContain('<');
    // Parsed as HTML, it is one <style> element whose text is the CSS, escaped.
    const doc = new DOMParser().parseFromString(`<body>${element}</body>`, 'text/html');
    expect([...doc.body.children].map((e) => e.tagName)).toEqual(['STYLE']);
    // (The HTML parser reads a NUL as U+FFFD, as it does everywhere.)
    expect(doc.body.firstElementChild!.textContent).toBe(css.replace(/</g, '\\3c ').replace(/\0/g, '\uFFFD'));
  });
});
