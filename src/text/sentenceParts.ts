/**
 * Parts of a source line joined as sentences: ". " between them, except after a part that
 * already ends a sentence ("…by the United Nations." then "Changed" reads "…Nations. Changed",
 * never "Nations.. Changed"). Full stops of Latin, Arabic, Hebrew and CJK scripts count.
 */
const ENDS_SENTENCE = /[.!?。؟…]["'’”»)\]]*$/u;

export function joinSentences(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    out = out ? `${out}${ENDS_SENTENCE.test(out) ? ' ' : '. '}${part}` : part;
  }
  return out;
}

/** The separator to write after `text` before a new sentence: ". " or, when it already ends one, " ". */
export function sentenceBreak(text: string): string {
  return ENDS_SENTENCE.test(text.trim()) ? ' ' : '. ';
}
