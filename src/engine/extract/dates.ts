/**
 * Time expressions in a passage, Indonesian and English: dates, clock times, durations, years
 * and relative expressions, each with its verbatim text, offsets and an ISO 8601 value where one
 * follows. Recognizers are regular expressions over word tables (dates/tables.ts): there is no
 * maintained Indonesian date parser, and news text uses a small, regular set of forms.
 *
 * ISO values: dates 2022-08-21 (a range of days 2025-08-15/2025-08-16), months 2025-08, years
 * 2015 (a range 2014/2022), clock times 14:00, durations PT3H / P1Y6M; null where none follows
 * (a decade such as "1990-an", a vague "beberapa jam", a deictic "kemarin").
 *
 * Choices a reader should know:
 * - A date without a year ("Kamis (14/8)", "Aug. 15") takes the publication year when the source
 *   has one (the year before if that would put it more than half a year after publication);
 *   without one its ISO value leaves the year out ("--08-14"). No year is invented.
 * - Cue words stay out of the text ("pada 2015" → "2015", "in 2015" → "2015") except where they
 *   carry meaning: qualifiers ("lebih dari tiga jam"), parts of a period ("awal 2025"), clock
 *   words and zones ("pukul 14.00 WIB").
 * - Relative expressions built on a length carry it as ISO ("satu dekade terakhir" → P10Y);
 *   deictic words carry none ("pekan lalu", "kemarin" → null). See dates/spans.ts.
 * - A bare number is never a time: "Rp 14.000", "2,5 persen" and "2015 orang" are not read;
 *   a four-digit year needs a cue (tahun, pada, sejak, in, since…), a month, or a range.
 */
import type { Passage, TimeFact } from '../types.js';
import { CALENDAR } from './dates/calendar.js';
import { SPANS } from './dates/spans.js';
import { lowerInPlace, type DateContext, type Found, type Recognizer } from './dates/pattern.js';
import { cluesOf } from './dates/clues.js';

/** In order of preference when two spans of the same length compete. */
const RECOGNIZERS: Recognizer[] = [...CALENDAR, ...SPANS];

export function extractTimes(passage: Passage, context: { published: string | null }): TimeFact[] {
  const ctx: DateContext = { text: passage.text, lang: passage.lang, published: parsePublished(context.published) };
  const lower = lowerInPlace(passage.text);
  const found: Array<Found & { order: number }> = [];
  const clues = cluesOf(passage.text, lower);
  RECOGNIZERS.forEach((r, order) => {
    if ((r.digits && !clues.digits) || (r.needs && !r.needs(clues))) return;
    for (const f of scan(r, ctx, lower)) found.push({ ...f, order });
  });
  // The longest reading wins ("Minggu (21/8/2022)" over "Minggu"); ties go to the earlier recognizer.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  return kept.map((f) => ({
    text: passage.text.slice(f.start, f.end),
    kind: f.kind,
    iso: f.iso,
    passage: passage.number,
    start: f.start,
    end: f.end,
  }));
}

/** Every time expression of a source's passages, in order. */
export function extractSourceTimes(passages: readonly Passage[], published: string | null): TimeFact[] {
  return passages.flatMap((p) => extractTimes(p, { published }));
}

/** All matches of one recognizer over the lower-cased text. A rejected match is retried one character on, a shortened one after its end. */
function scan(r: Recognizer, ctx: DateContext, lower: string): Found[] {
  const out: Found[] = [];
  const { find, at } = r.pattern; // shared, so reset: scanning is synchronous and never nested
  find.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = find.exec(lower)) !== null) {
    at.lastIndex = m.index;
    const full = m[0].length > 0 ? at.exec(lower) : null;
    const f = full ? r.read(withOriginalGroups(full, ctx.text), ctx) : null;
    if (f && f.end > f.start) {
      out.push(f);
      find.lastIndex = f.end;
    } else find.lastIndex = m.index + 1;
  }
  return out;
}

/** Group texts from the original, so readers can check capitals ("May" the month, "may" the verb). */
function withOriginalGroups(m: RegExpExecArray, text: string): RegExpExecArray {
  const groups = m.groups;
  const at = m.indices?.groups;
  if (groups && at) for (const name of Object.keys(groups)) {
    const span = at[name];
    if (span) groups[name] = text.slice(span[0], span[1]);
  }
  return m;
}

function parsePublished(published: string | null): DateContext['published'] {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
