/**
 * Writes per-element attributes for a list of many similar elements (unit squares, convoy
 * vehicles) in one pass per frame, touching only values that changed since the last write.
 * Svelte's per-element template effects re-ran every attribute of every element on each
 * animation frame (a thousand squares, seven attributes each); this is one loop of number
 * comparisons and a setAttribute only where a mark really moved.
 *
 * The markup still writes each element's first values (so a server render is complete);
 * the writer takes over from there.
 */
export type AttributeValue = string | number | undefined;

export interface AttributeWriter {
  /** Writes `value(i)` to `name` of `elements[i]` for every i below `count` where it changed. */
  write(elements: ArrayLike<Element>, count: number, name: string, value: (i: number) => AttributeValue): void;
  /** Forget what was written (the elements were replaced). */
  reset(): void;
}

export function attributeWriter(): AttributeWriter {
  const written = new Map<string, AttributeValue[]>();
  const owners = new Map<string, Element[]>();
  return {
    write(elements, count, name, value) {
      let last = written.get(name);
      let who = owners.get(name);
      if (!last || !who) {
        written.set(name, (last = []));
        owners.set(name, (who = []));
      }
      const n = Math.min(count, elements.length);
      for (let i = 0; i < n; i++) {
        const element = elements[i]!;
        const v = value(i);
        // A new element at this index: its markup wrote the value it was created with.
        if (who[i] !== element) {
          who[i] = element;
          last[i] = element.getAttribute(name) ?? undefined;
        }
        const previous = last[i];
        if (previous === v) continue;
        last[i] = v;
        if (typeof previous === 'string' && v !== undefined && previous === String(v)) continue;
        if (v === undefined) element.removeAttribute(name);
        else element.setAttribute(name, String(v));
      }
      last.length = Math.min(last.length, n);
      who.length = Math.min(who.length, n);
    },
    reset() {
      written.clear();
      owners.clear();
    }
  };
}
