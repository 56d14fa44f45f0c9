/**
 * Citations: an excerpt is always a verbatim substring of one passage, at most 400 characters,
 * chosen around the evidence (a sentence or a span inside it) and widened to neighbouring
 * sentences while it fits, so the reader sees the context the evidence came from.
 */
import type { Citation, Passage, SourceMeta, Span } from '../types.js';

export const MAX_EXCERPT = 400;

export function cite(meta: SourceMeta, passage: Passage, focus?: Span): Citation {
  return {
    source: meta.id,
    title: meta.title,
    url: meta.url,
    published: meta.published,
    passage: passage.number,
    excerpt: excerpt(passage, focus),
  };
}

/** The excerpt for `focus` (offsets into passage.text); the passage's opening when no focus. */
export function excerpt(passage: Passage, focus?: Span, max = MAX_EXCERPT): string {
  const { text, sentences } = passage;
  if (text.trim().length <= max) return text.trim();
  const f = focus ?? sentences[0] ?? { start: 0, end: Math.min(text.length, max) };
  let first = sentences.findIndex((s) => s.end > f.start);
  if (first < 0) first = sentences.length - 1;
  let last = first;
  while (last + 1 < sentences.length && sentences[last]!.end < f.end) last++;
  let start = sentences[first]!.start;
  let end = sentences[last]!.end;
  if (end - start > max) return window(text, f, max);
  // Widen one sentence at a time, preferring what follows (news sentences lead into detail).
  for (;;) {
    const next = sentences[last + 1];
    const prev = sentences[first - 1];
    if (next && next.end - start <= max) { last++; end = next.end; continue; }
    if (prev && end - prev.start <= max) { first--; start = prev.start; continue; }
    break;
  }
  return text.slice(start, end).trim();
}

/** A window of at most `max` characters centred on `focus`, cut at word boundaries. */
function window(text: string, focus: Span, max: number): string {
  const centre = Math.floor((focus.start + focus.end) / 2);
  let start = Math.max(0, Math.min(centre - Math.floor(max / 2), text.length - max));
  let end = Math.min(text.length, start + max);
  if (focus.end - focus.start <= max) {
    // Keep the whole focus inside the window when it fits.
    if (focus.start < start) { start = focus.start; end = Math.min(text.length, start + max); }
    if (focus.end > end) { end = focus.end; start = Math.max(0, end - max); }
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < Math.min(focus.start, end)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(focus.end, start)) end = space;
  }
  return text.slice(start, end).trim();
}
