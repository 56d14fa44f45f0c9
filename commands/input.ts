/**
 * Cleaning what a user typed before it reaches the engine: control characters become spaces,
 * runs of whitespace collapse, and very long input is cut (at a word boundary) to what search
 * can use. Emoji and any script pass through untouched.
 */

/** Discord caps a string option at this; the console and CLI are cut to match. */
export const MAX_QUESTION = 1000;

/** The text, cleaned; null when nothing is left. */
export function cleanInput(text: string | undefined | null): string | null {
  if (text == null) return null;
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/** At most `max` characters, cut at the last space before the limit when there is one. */
export function forSearch(text: string, max = MAX_QUESTION): string {
  if (text.length <= max) return text;
  // Avoid splitting a surrogate pair (an emoji) at the cut.
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/** At most `max` characters, with an ellipsis when cut (for Discord's 100-character choice names). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
