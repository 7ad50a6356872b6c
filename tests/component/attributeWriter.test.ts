import { describe, expect, it, vi } from 'vitest';
import { attributeWriter } from '../../src/motion/attributeWriter.js';

function rects(n: number): SVGRectElement[] {
  return Array.from({ length: n }, () => document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
}

describe('attributeWriter', () => {
  it('writes every value to a new element, then only the values that changed', () => {
    const elements = rects(3);
    const spies = elements.map((e) => vi.spyOn(e, 'setAttribute'));
    const writer = attributeWriter();
    writer.write(elements, 3, 'x', () => 5);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
    writer.write(elements, 3, 'x', (i) => (i === 1 ? 7.5 : 5));
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 2, 1]);
    expect(elements.map((e) => e.getAttribute('x'))).toEqual(['5', '7.5', '5']);
    writer.write(elements, 3, 'x', (i) => (i === 1 ? 7.5 : 5));
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 2, 1]);
  });

  it('removes an attribute whose value becomes undefined, and writes it again later', () => {
    const [element] = rects(1);
    const writer = attributeWriter();
    writer.write([element!], 1, 'opacity', () => 0.5);
    writer.write([element!], 1, 'opacity', () => undefined);
    expect(element!.hasAttribute('opacity')).toBe(false);
    writer.write([element!], 1, 'opacity', () => 0.25);
    expect(element!.getAttribute('opacity')).toBe('0.25');
  });

  it('follows elements, not indexes: an element that moves to another index gets that index’s values', () => {
    const writer = attributeWriter();
    const [a, b, c] = rects(3);
    writer.write([a!, b!], 2, 'x', (i) => i * 10);
    writer.write([c!, a!, b!], 3, 'x', (i) => i * 10);
    expect([c!, a!, b!].map((e) => e.getAttribute('x'))).toEqual(['0', '10', '20']);
  });

  it('writes no further than the count or the elements there are', () => {
    const elements = rects(2);
    const writer = attributeWriter();
    writer.write(elements, 5, 'x', () => 1);
    writer.write(elements, 1, 'y', () => 2);
    expect(elements.map((e) => [e.getAttribute('x'), e.getAttribute('y')])).toEqual([
      ['1', '2'],
      ['1', null]
    ]);
  });
});
