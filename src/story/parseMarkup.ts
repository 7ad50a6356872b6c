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

// Order matters: ** before *, so "**a**" is strong, not two empty emphases. A link's URL is
// read as CommonMark reads one: no spaces, and parentheses only in balanced pairs (here up to
// three deep; CommonMark lets a reader stop at some depth), so "(https://…/Mur_(course))"
// ends after the second ")"; an unbalanced parenthesis ends the URL, or leaves no link.
const PATTERN = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|\[([^\]\n]+)\]\(((?:[^()\s]|\((?:[^()\s]|\((?:[^()\s]|\([^()\s]*\))*\))*\))+)\)/g;

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
    // Otherwise it is a link (label and href both given): safe, or shown as written.
    else if (SAFE_URL.test(href!)) push({ kind: 'link', text: label!, href: href! });
    else push({ kind: 'text', text: whole });
    last = at + whole.length;
  }
  if (last < source.length) push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** Links whose URL is not allowed, so validation can name them. */
export function unsafeLinks(source: string): string[] {
  return [...source.matchAll(PATTERN)].flatMap((match) => (match[4] && !SAFE_URL.test(match[4]) ? [match[4]] : []));
}

/** The text a reader sees, without markup: for alt text, titles and search. */
export function plainText(source: string): string {
  return parseMarkup(source)
    .map((t) => t.text)
    .join('');
}
