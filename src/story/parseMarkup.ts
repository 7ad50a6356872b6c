/**
 * The story's inline markup: `*emphasis*`, `**strong**` and `[label](url)`. It returns
 * tokens that components render as text nodes, so story text can never become HTML.
 * Anything that does not parse as markup stays as the literal text.
 */
import { SAFE_URL } from '../schema/storySchema.js';

export type MarkupToken =
  | { kind: 'text'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

// Order matters: ** before *, so "**a**" is strong, not two empty emphases.
const PATTERN = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function parseMarkup(source: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let last = 0;
  const push = (token: MarkupToken) => {
    const prev = tokens[tokens.length - 1];
    if (token.kind === 'text' && prev?.kind === 'text') prev.text += token.text;
    else tokens.push(token);
  };
  for (const match of source.matchAll(PATTERN)) {
    const at = match.index;
    if (at > last) push({ kind: 'text', text: source.slice(last, at) });
    const [whole, strong, em, label, href] = match;
    if (strong !== undefined) push({ kind: 'strong', text: strong });
    else if (em !== undefined) push({ kind: 'em', text: em });
    else if (label !== undefined && href !== undefined && SAFE_URL.test(href)) push({ kind: 'link', text: label, href });
    else push({ kind: 'text', text: whole });
    last = at + whole.length;
  }
  if (last < source.length) push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** Links whose URL is not allowed, so validation can name them. */
export function unsafeLinks(source: string): string[] {
  const bad: string[] = [];
  for (const match of source.matchAll(PATTERN)) {
    const href = match[4];
    if (href !== undefined && !SAFE_URL.test(href)) bad.push(href);
  }
  return bad;
}

/** The text a reader sees, without markup: for alt text, titles and search. */
export function plainText(source: string): string {
  return parseMarkup(source)
    .map((t) => t.text)
    .join('');
}
