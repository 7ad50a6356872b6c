import { describe, expect, it, vi } from 'vitest';
import { attributeWriter } from '../../src/components/chart/attributeWriter.js';

function rects(n: number, x = 0): SVGRectElement[] {
  return Array.from({ length: n }, () => {
    const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    r.setAttribute('x', String(x));
    return r;
  });
}

describe('attributeWriter', () => {
  it('writes only the values that changed since the last write', () => {
    const elements = rects(3, 5);
    const spies = elements.map((e) => vi.spyOn(e, 'setAttribute'));
    const writer = attributeWriter();
    writer.write(elements, 3, 'x', () => 5); // what the markup already wrote
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
    writer.write(elements, 3, 'x', (i) => (i === 1 ? 7.5 : 5));
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 1, 0]);
    expect(elements[1]!.getAttribute('x')).toBe('7.5');
    writer.write(elements, 3, 'x', (i) => (i === 1 ? 7.5 : 5));
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 1, 0]);
  });

  it('removes an attribute whose value becomes undefined, and writes it again later', () => {
    const [element] = rects(1);
    element!.setAttribute('opacity', '0.5');
    const writer = attributeWriter();
    writer.write([element!], 1, 'opacity', () => undefined);
    expect(element!.hasAttribute('opacity')).toBe(false);
    writer.write([element!], 1, 'opacity', () => 0.25);
    expect(element!.getAttribute('opacity')).toBe('0.25');
  });

  it('reads a new element at an index afresh instead of trusting what it wrote to the old one', () => {
    const writer = attributeWriter();
    const before = rects(2, 0);
    writer.write(before, 2, 'x', () => 10);
    const after = [before[0]!, ...rects(1, 3)]; // the second element was replaced
    writer.write(after, 2, 'x', () => 10);
    expect(after.map((e) => e.getAttribute('x'))).toEqual(['10', '10']);
  });

  it('writes no further than the count or the elements there are', () => {
    const elements = rects(2, 0);
    const writer = attributeWriter();
    writer.write(elements, 5, 'x', () => 1);
    writer.write(elements, 1, 'y', () => 2);
    expect(elements.map((e) => [e.getAttribute('x'), e.getAttribute('y')])).toEqual([
      ['1', '2'],
      ['1', null]
    ]);
  });
});
