/**
 * Spans and relative expressions: durations ("lebih dari tiga jam", "two and a half hours"),
 * spans anchored to now ("satu dekade terakhir", "the past two years", "a decade ago") and
 * deictic words ("kemarin", "pekan lalu", "next month", "dalam waktu dekat").
 *
 * ISO values: a duration gets its length (PT3H). A relative expression built on a length gets that
 * length too ("satu dekade terakhir" → P10Y, "dua tahun lalu" → P2Y): the text says which way it
 * points from the time of writing, the ISO value only how far. Deictic words have no length and
 * no ISO value ("pekan lalu" is a calendar week, not seven days).
 */
import {
  AGE_CUES, BARE_LONG_UNITS, DAY_PARTS, QUALIFIERS, RELATIVE_LEADS, RELATIVE_PERIOD_LEADS_EN, RELATIVE_PERIOD_TAILS_ID,
  RELATIVE_PERIODS_EN, RELATIVE_PERIODS_ID, RELATIVE_PHRASES, RELATIVE_TAILS, SE_UNITS, UNITS, VAGUE_QUANTITIES, WEEKDAYS,
} from './tables.js';
import { durationIso, parseQuantity, QUANTITY, type DurationPart } from './numbers.js';
import { alt, B, E, group, isCapitalized, key, regex, type Recognizer } from './pattern.js';
import { somePhrase } from './clues.js';

const UNIT = alt(Object.keys(UNITS));
const HALF = 'setengah|half\\s+an?|a\\s+half';
const FRACTION = 'setengah|and\\s+a\\s+half|and\\s+one\\s+half';
const AGE_BEFORE = new RegExp(`(?:${alt(AGE_CUES)})\\s*$`, 'i');
const AGE_AFTER = /^[-\s]*(?:years?[-\s])?old\b/i;
const ANCHORING_TAILS = new Set(['terakhir', 'belakangan', 'belakangan ini']);
/** Units largest first: a compound span ("tiga jam 20 menit") goes from larger to smaller. */
const ORDER = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];

/**
 * [the past] [more than] (two and a half | setengah | beberapa | se-) unit [and 30 minutes] [ago].
 * The number is optional here so that "the past decade" and "dekade terakhir" match; read()
 * rejects a bare unit in any other place.
 */
const span: Recognizer = {
  // The unit ("jam", "years", "sepekan") stands whole in every match.
  needs: somePhrase([...Object.keys(UNITS), ...SE_UNITS.map((u) => `se${u}`)]),
  pattern: regex(
    `${B}(?:(?<lead>(?:the\\s+)?(?:${alt(RELATIVE_LEADS)}))\\s+)?(?:(?<q>${alt(QUALIFIERS)})\\s+)?` +
      `(?:se(?<seu>${alt(SE_UNITS)})(?!-)` +
      `|(?:(?:(?<half>${HALF})|(?<vague>${alt(VAGUE_QUANTITIES)})|(?<n>${QUANTITY})(?:\\s+(?<frac>${FRACTION}))?)[-\\s]+)?(?<u>${UNIT})(?:\\s+(?<frac2>and\\s+a\\s+half))?)` +
      `(?:,?\\s+(?:dan\\s+|and\\s+)?(?<n2>${QUANTITY})\\s+(?<u2>${UNIT}))?` +
      `(?:\\s+(?<tail>${alt(RELATIVE_TAILS)}))?${E}`,
  ),
  read(m, ctx) {
    const g = m.groups!;
    const lead = g.lead ? key(g.lead) : null;
    const tail = g.tail ? key(g.tail) : null;
    const unitWord = key(g.seu ?? g.u!);
    const unit = UNITS[unitWord]!;
    const counted = g.seu !== undefined || g.half !== undefined || g.vague !== undefined || g.n !== undefined;
    if (!counted) {
      // "the past decade", "dekade terakhir"; "last week" without "the" is a deictic (below).
      const anchored = (lead?.startsWith('the ') ?? false) || (BARE_LONG_UNITS.includes(unitWord) && tail !== null && ANCHORING_TAILS.has(tail));
      if (!anchored) return null;
    }
    // "a second meeting" is an ordinal, not a second.
    if (g.n && /^an?$/i.test(g.n) && unit.unit === 'S') return null;
    if (AGE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) || AGE_AFTER.test(ctx.text.slice(m.index + m[0].length))) return null;

    let end = m.index + m[0].length;
    let anchor = tail;
    let value: number | null = 1;
    if (g.half) value = 0.5;
    else if (g.vague) value = null;
    else if (g.n) value = parseQuantity(g.n, ctx.lang);
    if (value !== null && (g.frac || g.frac2)) value += 0.5;
    const parts: DurationPart[] = value === null ? [] : [{ value: value * unit.count, unit: unit.unit }];
    if (g.n2 !== undefined) {
      const second = UNITS[key(g.u2!)]!;
      const v2 = parseQuantity(g.n2, ctx.lang);
      if (value !== null && v2 !== null && ORDER.indexOf(second.unit) > ORDER.indexOf(unit.unit)) {
        parts.push({ value: v2 * second.count, unit: second.unit });
      } else {
        // Not one span ("dua jam, tiga hari"): end after the first; the tail belonged to the second.
        end = (group(m, 'frac2') ?? group(m, 'u') ?? group(m, 'seu'))!.end;
        anchor = null;
      }
    }
    const iso = value === null ? null : durationIso(parts);
    return { start: m.index, end, kind: lead !== null || anchor !== null ? 'relative' : 'duration', iso };
  },
};
const WEEKDAY_FULL = alt(WEEKDAYS);
// Each branch of the pattern below needs whole words of these lists, in that combination.
const relativePhrase = somePhrase(RELATIVE_PHRASES);
const periodId = somePhrase(RELATIVE_PERIODS_ID);
const periodTailId = somePhrase(RELATIVE_PERIOD_TAILS_ID);
const periodLeadEn = somePhrase(RELATIVE_PERIOD_LEADS_EN);
const periodOrWeekdayEn = somePhrase([...RELATIVE_PERIODS_EN, ...WEEKDAYS]);
const weekday = somePhrase(WEEKDAYS);
const DAY_TIME = `${alt(Object.keys(DAY_PARTS))}|morning|afternoon|evening|night`;

/** Deictic expressions: "kemarin", "pekan lalu", "last week", "next Friday", "pada Jumat", "Kamis malam", "said Saturday". */
const deictic: Recognizer = {
  needs: (c) => relativePhrase(c) || (periodId(c) && periodTailId(c)) || (periodLeadEn(c) && periodOrWeekdayEn(c)) || weekday(c),
  pattern: regex(
    `${B}(?:${alt(RELATIVE_PHRASES)})${E}` +
      `|${B}(?:${alt(RELATIVE_PERIODS_ID)})\\s+(?:${alt(RELATIVE_PERIOD_TAILS_ID)})${E}` +
      `|${B}(?:${alt(RELATIVE_PERIOD_LEADS_EN)})\\s+(?:${alt(RELATIVE_PERIODS_EN)}|(?<wd1>${WEEKDAY_FULL}))${E}` +
      `|${B}(?<wd2>${WEEKDAY_FULL})\\s+(?:lalu|depan|ini|${DAY_TIME})${E}` +
      `|${B}(?:pada|hari|on|sejak|since|until|hingga|sampai)\\s+(?<wd3>${WEEKDAY_FULL})(?:\\s+(?:${DAY_TIME}))?${E}` +
      `|${B}(?<wd4>${WEEKDAY_FULL})${E}`,
  ),
  read(m) {
    const wd = m.groups!.wd1 ?? m.groups!.wd2 ?? m.groups!.wd3 ?? m.groups!.wd4;
    // "minggu" is a week unless capitalized; weekdays are always written with a capital. Alone
    // ("said Saturday", "Kamis itu"), "Minggu" may still be a sentence-initial "week".
    if (wd !== undefined && !isCapitalized(wd)) return null;
    if (m.groups!.wd4 !== undefined && key(wd!) === 'minggu') return null;
    const start = m.groups!.wd3 !== undefined ? group(m, 'wd3')!.start : m.index; // "pada Jumat" → "Jumat"
    return { start, end: m.index + m[0].length, kind: 'relative', iso: null };
  },
};

/** Deictic first: on a tie ("the next day") the point in time wins over a length. */
export const SPANS: Recognizer[] = [deictic, span];
