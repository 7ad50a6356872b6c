/**
 * Writes per-element attributes for a list of many similar elements (unit squares, moving
 * vehicles) in one pass per frame, touching only values that changed since it last wrote
 * them to that element. Svelte's per-element template effects re-ran every attribute of
 * every element on each animation frame (a thousand squares, seven attributes each); this is
 * one loop of comparisons and a setAttribute only where a mark really moved.
 *
 * The writer owns the attributes it writes: in a browser the markup creates bare elements
 * and the writer gives them every value (a server render writes them in the markup instead).
 */
export type AttributeValue = string | number | undefined;

export interface AttributeWriter {
  /** Writes `value(i)` to `name` of `elements[i]` for every i below `count` where it changed. */
  write(elements: ArrayLike<Element>, count: number, name: string, value: (i: number) => AttributeValue): void;
}

export function attributeWriter(): AttributeWriter {
  // Per attribute, what was last written at each index and to which element: a comparison of
  // array entries per mark and frame (a WeakMap lookup per element and attribute cost about a
  // third of the writer's time). An element found at another index than before is written
  // again, so a value is only skipped when that very element already has it.
  const byName = new Map<string, { elements: (Element | undefined)[]; values: AttributeValue[] }>();
  return {
    write(elements, count, name, value) {
      let last = byName.get(name);
      if (!last) byName.set(name, (last = { elements: [], values: [] }));
      const seen = last.elements;
      const values = last.values;
      const n = Math.min(count, elements.length);
      for (let i = 0; i < n; i++) {
        const element = elements[i]!;
        const v = value(i);
        if (seen[i] === element && values[i] === v) continue;
        seen[i] = element;
        values[i] = v;
        if (v === undefined) element.removeAttribute(name);
        else element.setAttribute(name, String(v));
      }
      // Forget elements past the end of the list (removed marks), so they can be collected.
      if (seen.length > elements.length) {
        seen.length = elements.length;
        values.length = elements.length;
      }
    }
  };
}
