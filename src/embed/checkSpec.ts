/**
 * The checks `scrollstage.define` makes on a plain-JavaScript graphic, shared by the loader
 * (embed.js, which takes definitions before the core has arrived) and the core. Throws a
 * clear TypeError naming what is wrong.
 */

/** Lower-case letters, digits and dashes (the same rule as a built-in type's name). */
const TYPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const fail = (message: string): never => {
  throw new TypeError(`scrollstage.define: ${message}`);
};

export function checkSpec(spec: unknown): void {
  if (!spec || typeof spec !== 'object') fail('give an object: { type, mount(element, context), validate?(fields) }');
  const s = spec as { type?: unknown; mount?: unknown; validate?: unknown; describe?: unknown; rows?: unknown };
  if (typeof s.type !== 'string' || !TYPE.test(s.type)) {
    fail(`type must be lower-case letters, digits and dashes, like "my-counter" (got ${JSON.stringify(s.type)})`);
  }
  if (typeof s.mount !== 'function') fail(`"${s.type}": mount(element, context) must be a function returning { update(context), destroy() }`);
  if (s.validate !== undefined && typeof s.validate !== 'function') fail(`"${s.type}": validate, when given, must be a function returning a list of problems`);
  if (s.describe !== undefined && typeof s.describe !== 'function') fail(`"${s.type}": describe, when given, must be a function returning text`);
  if (s.rows !== undefined && typeof s.rows !== 'function') fail(`"${s.type}": rows, when given, must be a function returning [{ what, value }]`);
}
