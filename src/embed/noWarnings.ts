/** Stands in for a graphic's `warnings.ts` in the embed build: only `validate` warns, and the embed validates nothing it would warn about. */
export const warn = undefined;
