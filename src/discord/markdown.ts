/**
 * Text going into Discord Markdown: source text is escaped so it shows as written (no bold, links,
 * quotes or mention pills from a news article), and long text is cut at a word boundary with a
 * visible "…" so a limit is never exceeded. Escaping only adds a backslash before a character, so
 * it can be undone exactly (tests and button state recovery rely on that).
 */

const INLINE = /[\\*_~`|[\]()<>]/g;
/** Marks that only mean something at the start of a line: headings, lists, quotes, subtext. */
const LINE_START = /^(\s*)([#>+-])/gm;
const ORDERED_LIST = /^(\s*\d+)\.(?=\s)/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LINE_START, '$1\\$2')
    .replace(ORDERED_LIST, '$1\\.');
}

/** The exact inverse of escapeMarkdown. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_~`|[\]()<>#+\-.])/g, '$1');
}

export const ELLIPSIS = '…';

/** At most `max` characters: cut at the last space when one is near, ending in "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  // Back up to the last space, unless the cut already falls right before one.
  if (!/\s/.test(text.charAt(cut.length)) && space > max * 0.6) cut = cut.slice(0, space);
  return `${safeEnd(cut.trimEnd())}${ELLIPSIS}`;
}

/** Pieces of at most `max` characters, split at spaces (a word longer than `max` is cut). */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let cut = rest.slice(0, max);
    const space = cut.search(/\s\S*$/);
    if (space > max * 0.5) cut = cut.slice(0, space);
    cut = safeEnd(cut);
    pieces.push(cut.trimEnd());
    rest = rest.slice(cut.length).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Drops a dangling escape backslash or half of a surrogate pair at the end of a cut. */
function safeEnd(cut: string): string {
  let end = cut;
  if (/[\uD800-\uDBFF]$/.test(end)) end = end.slice(0, -1);
  const backslashes = /\\+$/.exec(end)?.[0].length ?? 0;
  if (backslashes % 2 === 1) end = end.slice(0, -1);
  return end;
}
