/**
 * How a picture's fields carry over from step to step, for the image and video graphics:
 * a step that names another file starts afresh (the previous picture's description, credit
 * and settings describe that picture, not this one); otherwise each field carries over
 * until a step gives it, and `null` clears it.
 */

/** Whether `given` shows another picture than `previous` (or the first one). */
export function newPicture(given: Record<string, unknown>, previous: { src: string } | null): boolean {
  return previous === null || (given.src !== undefined && given.src !== previous.src);
}

/**
 * Each of `keys` from `given` (the step's own fields), else from `base` (the previous state,
 * or null for a new picture); `null` clears. Keys left without a value are left out.
 */
export function carryOver(given: Record<string, unknown>, base: object | null, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = given[key] === undefined ? (base as Record<string, unknown> | null)?.[key] : given[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** Problems of a state missing required fields, each with why it is needed. */
export function missingFields(state: Record<string, unknown>, required: readonly (readonly [string, string, string])[]): { key: string; message: string }[] {
  return required.filter(([field]) => {
    const value = state[field];
    return typeof value !== 'string' || !value.trim();
  }).map(([, key, message]) => ({ key, message }));
}
