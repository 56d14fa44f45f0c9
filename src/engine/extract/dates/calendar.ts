/**
 * Points in the calendar: dates (day-month, month-day, numeric datelines, month-year), years and
 * clock times. A date without a year takes the publication year when the source has one (see
 * yearFor); otherwise its ISO form leaves the year out ("--08-14"), so no year is ever invented.
 */
import {
  AMBIGUOUS_MONTHS, CLOCK_CUES, DAY_PARTS, MONTH_ABBREVIATIONS, MONTHS, PERIOD_PARTS, WEEKDAY_ABBREVIATIONS,
  WEEKDAYS, YEAR_CUES, YEAR_RANGE_CUES, ZONES,
} from './tables.js';
import { alt, B, E, WORD_CHAR, group, isCapitalized, key, pad, regex, type DateContext, type Recognizer } from './pattern.js';
import { somePhrase, type Clues } from './clues.js';

const MONTH = `(?:${alt(Object.keys(MONTHS))}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;
const WEEKDAY = `(?:${alt(WEEKDAYS)}|(?:${alt(WEEKDAY_ABBREVIATIONS)})\\.)`;
const DAY = '(?:[012]?\\d|3[01])(?:st|nd|rd|th)?';
const PART = alt(PERIOD_PARTS);
// "waktu setempat" is in ZONES; "waktu Alaska", "waktu Moskow" are checked for a capital in read().
const ZONE = `(?:${alt(ZONES)}|waktu\\s+[${WORD_CHAR}]+)`;
const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;

// What a passage must hold for each recognizer to match. A month name or abbreviation always
// stands as a whole word in the patterns below (a space, hyphen or boundary before it, a dot,
// comma, space or boundary after it), so its absence rules those patterns out.
const monthWord = somePhrase([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);
const monthName = somePhrase(Object.keys(MONTHS));
const fourDigits = (c: Clues) => c.fourDigits;

function monthNumber(word: string): number | null {
  const w = key(word).replace(/\.$/, '');
  const n = MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
  if (n === undefined) return null;
  // "may" and "march" are verbs unless capitalized; "Mar" likewise.
  if (AMBIGUOUS_MONTHS.has(w) && !isCapitalized(word)) return null;
  return n;
}

function daysIn(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate(); // 2000: a leap year allows 29 February
}

/**
 * The year of a year-less date: the publication year, or the year before when the date would
 * fall more than half a year after publication (news reports what has happened, mostly).
 */
export function yearFor(month: number, day: number, ctx: DateContext): number | null {
  const p = ctx.published;
  if (!p) return null;
  const date = Date.UTC(p.year, month - 1, day);
  return date - Date.UTC(p.year, p.month - 1, p.day) > HALF_YEAR_MS ? p.year - 1 : p.year;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const y = Number(text);
  return text.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
}

function isoDate(year: number | null, month: number, day: number): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date (or interval, for "15-16 Agustus") of a day and month; null when the day cannot exist. */
function dayMonth(ctx: DateContext, month: number | null, d: string, d2: string | undefined, y: string | undefined): string | null {
  if (month === null) return null;
  const day = parseInt(d, 10);
  const year = fullYear(y) ?? yearFor(month, day, ctx);
  if (year !== null && (year < 1000 || year > 2999)) return null;
  const max = daysIn(month, year);
  if (day < 1 || day > max) return null;
  if (d2 === undefined) return isoDate(year, month, day);
  const day2 = parseInt(d2, 10);
  if (day2 <= day || day2 > max) return null;
  return `${isoDate(year, month, day)}/${isoDate(year, month, day2)}`;
}

const whole = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
/** From a group to the end of the match: the cue before the group is not part of the expression. */
const from = (m: RegExpExecArray, name: string): { start: number; end: number } => ({ start: group(m, name)!.start, end: m.index + m[0].length });

/** "Jumat, 15 Agustus 2025", "18 September 2005", "15-16 August", "the 15th of August". */
const dayFirst: Recognizer = {
  digits: true,
  needs: monthWord,
  pattern: regex(`${B}(?:(?<wd>${WEEKDAY})\\.?,?\\s+)?(?<d>${DAY})(?:\\s*[-–]\\s*(?<d2>${DAY}))?\\s+(?:of\\s+)?(?<mon>${MONTH})(?:,?\\s+(?<y>\\d{4}))?${E}`),
  read(m, ctx) {
    const g = m.groups!;
    const iso = dayMonth(ctx, monthNumber(g.mon!), g.d!, g.d2, g.y);
    return iso ? { ...whole(m), kind: 'date', iso } : null;
  },
};

/** "Friday, Aug. 15", "August 15, 2025", "Aug 15". */
const monthFirst: Recognizer = {
  digits: true,
  needs: monthWord,
  pattern: regex(`${B}(?:(?<wd>${WEEKDAY}),?\\s+)?(?<mon>${MONTH})\\s+(?<d>${DAY})(?:\\s*[-–]\\s*(?<d2>${DAY}))?(?:,?\\s+(?<y>\\d{4}))?${E}`),
  read(m, ctx) {
    const g = m.groups!;
    const iso = dayMonth(ctx, monthNumber(g.mon!), g.d!, g.d2, g.y);
    return iso ? { ...whole(m), kind: 'date', iso } : null;
  },
};

/**
 * Numeric dates: "Minggu (21/8/2022)", "Kamis (14/8)", "21/8/2022", "2025-08-15". Without a year,
 * a weekday must come first: "(1/2)" alone is as likely a fraction or a part number.
 */
const numeric: Recognizer = {
  digits: true,
  needs: (c) => c.numericDate,
  pattern: regex(
    `${B}(?:(?<wd>${WEEKDAY})\\.?,?\\s*)?(?:\\((?<pa>\\d{1,2})\\/(?<pb>\\d{1,2})(?:\\/(?<py>\\d{4}|\\d{2}))?\\)|(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}|\\d{2}))?(?![${WORD_CHAR}/]))` +
      `|${B}(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})${E}`,
  ),
  read(m, ctx) {
    const g = m.groups!;
    if (g.iy) {
      const month = Number(g.im);
      const iso = month >= 1 && month <= 12 ? dayMonth(ctx, month, g.id!, undefined, g.iy) : null;
      return iso ? { ...whole(m), kind: 'date', iso } : null;
    }
    const a = Number(g.pa ?? g.a);
    const b = Number(g.pb ?? g.b);
    const y = g.py ?? g.y;
    if (!y && (!g.wd || !isCapitalized(g.wd))) return null;
    if (g.sep === '-' && (!y || y.length !== 4)) return null; // "3-4" is a range or a score
    // Indonesian writes day/month; English month/day unless the first number cannot be a month.
    const dayFirstOrder = ctx.lang === 'id' ? a <= 31 && (b <= 12 || a > 12) : a > 12;
    const [day, month] = dayFirstOrder ? [a, b] : [b, a];
    if (month < 1 || month > 12) return null;
    const iso = dayMonth(ctx, month, String(day), undefined, y);
    if (!iso) return null;
    // A lower-case "minggu" before a full date is the word "week", not part of the date.
    const start = g.wd && !isCapitalized(g.wd) ? (group(m, 'pa') ?? group(m, 'a'))!.start - (g.pa ? 1 : 0) : m.index;
    return { start, end: m.index + m[0].length, kind: 'date', iso };
  },
};

/** "Agustus 2025", "akhir Agustus 2025", "late August 2025". */
const monthYear: Recognizer = {
  digits: true,
  needs: (c) => c.fourDigits && monthWord(c),
  pattern: regex(`${B}(?:(?<part>${PART})[-\\s]+)?(?<mon>${MONTH})(?:\\s+of)?,?\\s+(?<y>\\d{4})${E}`),
  read(m) {
    const month = monthNumber(m.groups!.mon!);
    const year = Number(m.groups!.y);
    if (month === null || year < 1900 || year > 2100) return null;
    return { ...whole(m), kind: 'date', iso: `${year}-${pad(month)}` };
  },
};

/** Words after a month name that make it a time: "Oktober lalu", "Juni mendatang". */
const MONTH_TAILS_ID = ['lalu', 'nanti', 'depan', 'mendatang', 'silam', 'kemarin'];

/**
 * A month alone after a cue: "pada Agustus", "bulan Mei", "in August", "awal Agustus"; or before
 * an Indonesian word that places it in time: "Oktober lalu", "November nanti" (kept in the text).
 */
const monthAlone: Recognizer = {
  needs: monthName,
  pattern: regex(
    `(?:${B}(?<part>${PART})[-\\s]+(?:bulan\\s+)?|${B}(?:pada|bulan|sejak|hingga|sampai|in|since|until|by|during)\\s+(?:bulan\\s+)?)(?<mon>${alt(Object.keys(MONTHS))})${E}(?!\\s+\\d)` +
      `|${B}(?<!\\d\\s*)(?<mon2>${alt(Object.keys(MONTHS))})\\s+(?:${alt(MONTH_TAILS_ID)})${E}`,
  ),
  read(m, ctx) {
    const mon = group(m, 'mon') ?? group(m, 'mon2')!;
    const month = monthNumber(mon.text);
    if (month === null || !isCapitalized(mon.text)) return null;
    const year = yearFor(month, 1, ctx);
    const span = m.groups!.part || m.groups!.mon2 ? whole(m) : from(m, 'mon');
    return { ...span, kind: 'date', iso: year === null ? `--${pad(month)}` : `${year}-${pad(month)}` };
  },
};

/**
 * Years need a cue ("tahun 2015", "pada 2015", "since 2014", "awal 2025") or a range
 * ("dari 2014 hingga 2022"); the cue word stays out of the text unless it is a part of the period.
 */
const year: Recognizer = {
  digits: true,
  needs: fourDigits,
  pattern: regex(
    `(?:${B}(?<part>${PART})[-\\s]+(?:(?:tahun|of)\\s+)?|${B}(?<cue>${alt([...YEAR_CUES, ...YEAR_RANGE_CUES])})\\s+(?:(?:tahun|the\\s+year)\\s+)?)` +
      `(?<y>\\d{4})(?:\\s*(?:[-–—]|s\\.d\\.|hingga|sampai|to|and|dan)\\s*(?<y2>\\d{4}))?${E}(?![.,]\\d)`,
  ),
  read(m) {
    const g = m.groups!;
    const y = Number(g.y);
    // "pada 1500" may be a count; "tahun 1459" is a year however long ago.
    const explicit = g.cue !== undefined && /^(tahun|thn\.)$/i.test(g.cue);
    const plausible = (n: number) => n >= (explicit ? 1000 : 1900) && n <= 2100;
    if (!plausible(y)) return null;
    const y2 = g.y2 === undefined ? null : Number(g.y2);
    if (y2 === null && g.cue && YEAR_RANGE_CUES.includes(key(g.cue))) return null;
    if (y2 !== null && (!plausible(y2) || y2 <= y)) {
      const y1 = group(m, 'y')!;
      return { start: g.part ? m.index : y1.start, end: y1.end, kind: 'year', iso: String(y) };
    }
    return { ...(g.part ? whole(m) : from(m, 'y')), kind: 'year', iso: y2 === null ? String(y) : `${y}/${y2}` };
  },
};

/**
 * A year or a span of years alone in brackets, after a name or a title: "Teguh Karya (1934-2001)",
 * "Si Doel Anak Betawi (1973)". Four digits alone in brackets are hardly ever anything else.
 */
const bracketYear: Recognizer = {
  digits: true,
  needs: fourDigits,
  pattern: regex(`\\(\\s?(?<y>\\d{4})(?:\\s?[-–—]\\s?(?<y2>\\d{4}))?\\s?\\)`),
  read(m) {
    const y = Number(m.groups!.y);
    const y2 = m.groups!.y2 === undefined ? null : Number(m.groups!.y2);
    if (y < 1000 || y > 2100 || (y2 !== null && (y2 <= y || y2 > 2100))) return null;
    const first = group(m, 'y')!;
    const end = (group(m, 'y2') ?? first).end;
    return { start: first.start, end, kind: 'year', iso: y2 === null ? String(y) : `${y}/${y2}` };
  },
};

/** Decades: "1990-an", "the 1990s". */
const decade: Recognizer = {
  digits: true,
  needs: fourDigits,
  pattern: regex(`${B}(?:19|20)\\d0(?:-an|s)${E}`),
  read: (m) => ({ ...whole(m), kind: 'year', iso: null }),
};

function clock(hour: number, minute: number, part: string | undefined): string | null {
  let h = hour;
  const p = part ? DAY_PARTS[key(part)] ?? (/^p/i.test(part) ? 'pm' : 'am') : undefined;
  if (p === 'pm' && h < 12) h += 12;
  if (p === 'noon' && h < 11) h += 12;
  if (p === 'night' && h >= 6 && h < 12) h += 12;
  if (p === 'am' && /^a/i.test(part ?? '') && h === 12) h = 0;
  if (h > 24 || minute > 59 || (h === 24 && minute > 0)) return null;
  return `${pad(h)}:${pad(minute)}`;
}

/** "waktu setempat" or "waktu Alaska" is a zone; "waktu itu" (at that time) is not. */
function isZone(zone: string): boolean {
  return !/^waktu\s/i.test(zone) || /^[Ww]aktu\s+(?:[Ss]etempat|\p{Lu})/u.test(zone);
}

/** The end of a time's span: before its zone when that zone is not one. */
function zoneEnd(m: RegExpExecArray): number {
  const zone = group(m, 'zone');
  if (zone && !isZone(zone.text)) return m.index + m[0].slice(0, zone.start - m.index).trimEnd().length;
  return m.index + m[0].length;
}

/** A clock cue anywhere in the text (not only as a whole word: "jam3" matches too). */
const CLOCK_CUE = new RegExp(alt(CLOCK_CUES));

/** "pukul 14.00 WIB", "jam 3 sore", "pukul 10.00-12.00 waktu setempat". */
const clockCue: Recognizer = {
  digits: true,
  needs: (c) => CLOCK_CUE.test(c.lower),
  pattern: regex(
    `${B}(?:${alt(CLOCK_CUES)})\\s*(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?(?:\\s*[-–]\\s*(?:pukul\\s+)?\\d{1,2}(?:[.:]\\d{2})?)?(?:\\s+(?<part>${alt(Object.keys(DAY_PARTS))}))?(?:\\s+(?<zone>${ZONE}))?${E}`,
  ),
  read(m) {
    const iso = clock(Number(m.groups!.h), Number(m.groups!.min ?? 0), m.groups!.part);
    return iso ? { start: m.index, end: zoneEnd(m), kind: 'time', iso } : null;
  },
};

/** "2:30 p.m.", "10 am", "14.00 WIB", "at 14:30", "at noon". */
const clockBare: Recognizer = {
  digits: true,
  // Each branch holds an hour with a.m./p.m., an hour with minutes, or a named time of day.
  needs: (c) => /\d\s*[ap]\.?m|\d[.:]\d\d|noon|midnight/.test(c.lower),
  pattern: regex(
    `${B}(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*(?<part>[ap]\\.m\\.|[ap]\\.m${E}|[ap]m${E})(?:\\s+(?<zone>${ZONE})${E})?` +
      `|${B}(?<h2>\\d{1,2})[.:](?<min2>\\d{2})\\s*(?<zone2>${ZONE})${E}` +
      `|${B}(?:at|by|around|from|until|before|after)\\s+(?<h3>\\d{1,2}):(?<min3>\\d{2})${E}(?!\\s*(?:[ap]\\.?m|${ZONE}))` +
      `|${B}(?:at|around|by|until)\\s+(?<named>noon|midnight)${E}`,
  ),
  read(m) {
    const g = m.groups!;
    if (g.named) return { ...from(m, 'named'), kind: 'time', iso: key(g.named) === 'noon' ? '12:00' : '00:00' };
    if (g.h2 !== undefined) {
      if (!isZone(g.zone2!)) return null;
      const iso = clock(Number(g.h2), Number(g.min2), undefined);
      return iso ? { ...whole(m), kind: 'time', iso } : null;
    }
    if (g.h3 !== undefined) {
      const iso = clock(Number(g.h3), Number(g.min3), undefined);
      return iso ? { ...from(m, 'h3'), kind: 'time', iso } : null;
    }
    const h = Number(g.h);
    if (h < 1 || h > 12) return null;
    const iso = clock(h, Number(g.min ?? 0), g.part);
    return iso ? { start: m.index, end: zoneEnd(m), kind: 'time', iso } : null;
  },
};

/** In order of preference when two recognizers claim spans of the same length. */
export const CALENDAR: Recognizer[] = [dayFirst, monthFirst, numeric, monthYear, monthAlone, year, bracketYear, decade, clockCue, clockBare];
