/**
 * People named right after the title the question asks about: "Siapakah Ketua Fraksi FDP di
 * Bundestag?" against "… Ketua Fraksi FDP di Bundestag Wolfgang Gerhard duduk …". News text
 * writes an official's title and organisation straight before the name, and where the title's
 * words end and the name's begin is what the question tells: its own words are the title. This
 * finds the name even where the people extractor, which has no question to go by, took an
 * organisation's words for the name ("Kesra Alwi Shihab") or missed the person.
 */
import type { Span } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { PLACE_ORG_HEADS, PLACE_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS } from '../extract/people/lexicon.js';
import { isCountry } from '../text/countries.js';
import { INSTITUTIONS, NAME_JOINERS, isNameWord } from './name-runs.js';
import { isHonorific } from './span-edges.js';

export interface TitledName extends Span {
  /** The title as the sentence writes it, from its head word to the question's last word. */
  title: string;
}

/** Capitalized words of the title the question leaves out ("Eksekutif" in "Direktur Eksekutif … ( Aptindo )"). */
const MAX_UNASKED = 4;
const MAX_NAME_WORDS = 4;
const MAX_GLOSS_WORDS = 6;
/** An initial inside a name: "Peter G Fanning". */
const INITIAL = /^\p{Lu}$/u;

/** One word, or a bracketed gloss taken as one: "( PT Pupuk Kaltim )". */
interface Unit extends Span {
  tokens: Token[];
  bracket: boolean;
}

/**
 * `usable` says which tokens may be part of a name (not a day or a month). Only a title the
 * question asks for counts: its head word is one of the question's words.
 */
export function titledNames(tokens: Token[], asked: Set<string>, text: string, usable: (t: Token) => boolean): TitledName[] {
  const units = unitsOf(tokens, text);
  const joined = (k: number) => k + 1 < units.length && /^\s+$/.test(text.slice(units[k]!.end, units[k + 1]!.start));
  const isAsked = (u: Unit) => u.tokens.some((t) => asked.has(fold(t.text)));
  const out: TitledName[] = [];
  for (let a = 0; a < units.length; a++) {
    const head = units[a]!;
    if (head.bracket || !TITLE_HEADS.has(fold(head.tokens[0]!.text)) || !isAsked(head)) continue;
    // "Peraturan Menteri Perdagangan Nomor 17": a title inside another name is no one's title.
    const before = units[a - 1];
    if (before && joined(a - 1) && !before.bracket && isNameWord(before.tokens[0]!) && !titleWord(before.tokens[0]!)) continue;
    let last = a;
    let unasked = 0;
    for (let k = a; joined(k) && unasked <= MAX_UNASKED; k++) {
      const next = units[k + 1]!;
      const word = next.tokens[0]!;
      // A lower-case word of the question ("di", "dan") goes on with a title only where the
      // question's words run unbroken: after words it left out, it joins the next clause.
      if (isAsked(next) && (next.bracket || word.capitalized || unasked === 0)) { last = k + 1; unasked = 0; continue; }
      // Another title head opens the next person's title ("… dan Sekretaris Kabinet …").
      if (!next.bracket && (!word.capitalized || TITLE_HEADS.has(fold(word.text)))) break;
      unasked++;
    }
    // Titles written before a name are capitalized; "aktris terbaik dalam film La …" names a film.
    const end = units[last]!;
    if (last !== a && !end.bracket && !end.tokens[0]!.capitalized) continue;
    const name = nameAfter(units, last, joined, asked, usable);
    if (name) out.push({ ...name, title: text.slice(head.start, end.end) });
  }
  return out;
}

function nameAfter(units: Unit[], last: number, joined: (k: number) => boolean, asked: Set<string>, usable: (t: Token) => boolean): Span | null {
  const words: Token[] = [];
  for (let k = last; joined(k); k++) {
    const u = units[k + 1]!;
    const t = u.tokens[0]!;
    if (u.bracket || !usable(t)) break;
    const after = units[k + 2];
    const nameFollows = !!after && !after.bracket && joined(k + 1) && isNameWord(after.tokens[0]!);
    if ((isNameWord(t) || (INITIAL.test(t.text) && nameFollows)) && !asked.has(fold(t.text))) { words.push(t); continue; }
    // "Ammar al Hakim": a particle inside a name, never at its edges.
    if (words.length > 0 && NAME_JOINERS.has(t.text.toLowerCase()) && nameFollows) { words.push(t); continue; }
    break;
  }
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  // Not a name: a run opened by a country is the title's side ("Rusia Vladimir Putin"); one
  // holding a rank, an organisation's or a place's word goes on with the title ("Brigadir
  // Jenderal", "Komite Nasional …", "Kalimantan Tengah …"); one ending in "Dr" goes on in lower case ("Dr ret nat …").
  if (isCountry(words[0]!.text) || isHonorific(words[words.length - 1]!)) return null;
  // A word after a particle is a family name whatever else it means ("Ammar al Hakim").
  const surname = (k: number) => k > 0 && NAME_JOINERS.has(words[k - 1]!.text.toLowerCase());
  if (words.some((w, k) => !surname(k) && (titleWord(w) || NOT_NAMES.some((list) => list.has(fold(w.text)))))) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** Words of organisations' and places' names ("Komite", "Tengah" in "Kalimantan Tengah"). */
const NOT_NAMES = [PLACE_ORG_HEADS, INSTITUTIONS, PLACE_SUFFIXES];

function titleWord(t: Token): boolean {
  const word = fold(t.text);
  return TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);
}

function unitsOf(tokens: Token[], text: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const open = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    if (/^\s*\(\s*$/.test(open)) {
      let j = i;
      while (j + 1 < tokens.length && j - i < MAX_GLOSS_WORDS && !text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(')')) j++;
      const close = text.indexOf(')', tokens[j]!.end);
      const closes = close >= 0 && (j + 1 >= tokens.length || close < tokens[j + 1]!.start);
      if (closes) {
        units.push({ tokens: tokens.slice(i, j + 1), start: text.lastIndexOf('(', t.start), end: close + 1, bracket: true });
        i = j;
        continue;
      }
    }
    units.push({ tokens: [t], start: t.start, end: t.end, bracket: false });
  }
  return units;
}
