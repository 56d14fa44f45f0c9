/**
 * Quantities in time spans: digits ("2,5", "1.500", "2½") and number words in either language
 * ("dua puluh", "twenty-one", "an"), plus ISO 8601 durations built from them.
 */
import type { Lang } from '../../types.js';
import { MULTIPLIERS, NUMBER_WORDS, TEEN, type Designator } from './tables.js';
import { alt, key } from './pattern.js';

const WORD = alt([...Object.keys(NUMBER_WORDS), ...Object.keys(MULTIPLIERS), TEEN]);
/**
 * A quantity: digits, or a run of number words. "a"/"an" count as one only alone or before
 * hundred/thousand, so "a three-hour meeting" reads as three, not as "a three".
 */
export const QUANTITY = `(?:\\d+(?:[.,]\\d+)?½?|½|an?(?:\\s+(?:hundred|thousand))?|(?:${WORD})(?:(?:-|\\s+(?:and\\s+)?)(?:${WORD}))*)`;

/** The value of a quantity matched by QUANTITY; null when the words do not form a number. */
export function parseQuantity(text: string, lang: Lang): number | null {
  const t = key(text);
  if (/^[\d½]/.test(t)) return parseDigits(t, lang);
  const words = t.split(/[-\s]+/).filter((w) => w !== 'and');
  if (words[0] === 'a' || words[0] === 'an') words[0] = 'one';
  let total = 0; // thousands and above, done
  let current = 0; // hundreds and tens, done
  let small = 0; // the words since the last multiplier
  let last: 'unit' | 'tens' | 'scale' | null = null;
  for (const w of words) {
    const scale = MULTIPLIERS[w];
    if (w === TEEN) {
      if (last !== 'unit' || small > 9) return null;
      small += 10;
      last = 'scale';
    } else if (scale !== undefined) {
      if (last !== 'unit' && last !== 'tens') return null;
      if (scale >= 1000) { total += (current + small) * scale; current = 0; }
      else current += small * scale;
      small = 0;
      last = 'scale';
    } else {
      const v = NUMBER_WORDS[w];
      if (v === undefined) return null;
      // Two plain numbers in a row ("dua tiga jam", two or three hours) are a range, not a sum.
      if (last === 'unit' || (last === 'tens' && v >= 10)) return null;
      if (v >= 1000) total += v; // seribu
      else if (v >= 100) current += v; // seratus
      else small += v;
      last = v >= 100 ? 'scale' : v >= 20 ? 'tens' : 'unit';
    }
  }
  return total + current + small;
}

/** Indonesian writes "2,5" and "1.500"; English "2.5" and "1,500": three digits after the mark are thousands. */
function parseDigits(t: string, lang: Lang): number | null {
  const half = t.endsWith('½') ? 0.5 : 0;
  const digits = t.replace('½', '');
  if (digits === '') return half;
  const m = /^(\d+)(?:([.,])(\d+))?$/.exec(digits);
  if (!m) return null;
  const [, whole, mark, frac] = m;
  if (!mark || !frac) return Number(whole) + half;
  const thousands = frac.length === 3 && (mark === (lang === 'id' ? '.' : ','));
  return thousands ? Number(whole + frac) : Number(`${whole}.${frac}`);
}

export interface DurationPart {
  value: number;
  unit: Designator;
}

/** How a fraction of each unit converts exactly into the next smaller one. */
const SMALLER: Partial<Record<Designator, [Designator, number]>> = {
  Y: ['M', 12], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60],
};
const DATE_ORDER: Designator[] = ['Y', 'M', 'W', 'D'];
const TIME_ORDER: Designator[] = ['H', 'MIN', 'S'];

/** "P10Y", "PT2H30M", "P1Y6M"; fractions go to the next unit when exact, else stay decimal ("P1.5M"). */
export function durationIso(parts: readonly DurationPart[]): string | null {
  const amount = new Map<Designator, number>();
  const add = (u: Designator, v: number) => amount.set(u, (amount.get(u) ?? 0) + v);
  for (const p of parts) {
    if (!(p.value > 0) || !Number.isFinite(p.value)) return null;
    const whole = Math.floor(p.value);
    const rest = p.value - whole;
    const smaller = SMALLER[p.unit];
    if (rest > 0 && smaller && Number.isInteger(rest * smaller[1])) {
      if (whole > 0) add(p.unit, whole);
      add(smaller[0], rest * smaller[1]);
    } else add(p.unit, p.value);
  }
  const show = (u: Designator) => {
    const v = amount.get(u);
    return v === undefined ? '' : `${Number(v.toFixed(3))}${u === 'MIN' ? 'M' : u}`;
  };
  const date = DATE_ORDER.map(show).join('');
  const time = TIME_ORDER.map(show).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}
