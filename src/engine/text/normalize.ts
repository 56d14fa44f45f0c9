const ASCII = /^[\x00-\x7f]*$/;

/** Lower case with diacritics folded: "Zelenskyy" and "Zelenskýy" compare equal. */
export function fold(text: string): string {
  // Most news words are plain ASCII: Unicode normalization is the costly part, skip it for them.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Collapse runs of whitespace; questions come from users and may hold newlines or tabs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
