/** Values for the `{name}` marks of a text. */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * A text with its `{name}` marks replaced by values. A mark without a value stays as it is,
 * so a missing value shows in the text instead of vanishing.
 */
export function fillTemplate(template: string, values?: TextValues): string {
  if (!values || !template.includes('{')) return template;
  return template.replace(/\{([A-Za-z][\w]*)\}/g, (mark, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : mark
  );
}

/** The `{name}` marks a text uses. */
export function templateMarks(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z][\w]*)\}/g)].map((m) => m[1]!);
}
