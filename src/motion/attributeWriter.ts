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
  const written = new WeakMap<Element, Record<string, AttributeValue>>();
  return {
    write(elements, count, name, value) {
      const n = Math.min(count, elements.length);
      for (let i = 0; i < n; i++) {
        const element = elements[i]!;
        let mine = written.get(element);
        if (!mine) written.set(element, (mine = {}));
        const v = value(i);
        if (name in mine && mine[name] === v) continue;
        mine[name] = v;
        if (v === undefined) element.removeAttribute(name);
        else element.setAttribute(name, String(v));
      }
    }
  };
}
