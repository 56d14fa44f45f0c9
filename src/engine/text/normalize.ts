/** Lower case with diacritics folded: "Zelenskyy" and "Zelenskýy" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Collapse runs of whitespace; questions come from users and may hold newlines or tabs. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
