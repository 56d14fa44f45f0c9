/**
 * The English ↔ Indonesian lexicon (lexicon-en-id.json), for cross-language retrieval: a question's
 * words and phrases are looked up here so an English question can find Indonesian passages and the
 * other way round. Indonesian → English is the inverse of the file's table.
 *
 * A question is matched greedily left to right, longest phrase first ("foreign minister" beats
 * "foreign"). Each question word is tried in several forms, most
 * literal first, and the first path that reaches the longest phrase wins, so the word as written
 * beats a guessed base form ("news" is not "new").
 *
 * Forms are guessed by rules rather than by the index's stemmers: the file holds ~2,700 keys and
 * ~4,600 Indonesian targets, and Porter (~15–40 µs a word) or StemmerId (~50–100 µs) over all of
 * them would cost a tenth of a second or more at start-up, while the rules cost about a microsecond.
 * The lexicon only has to agree with itself here; the translations it returns are analyzed by the
 * index's own stemmers afterwards.
 * - English keys are base forms; input is reduced by inflection rules (-s, -es, -ies, -ed, -ied,
 *   -ing, -ly, doubled consonants) plus the file's table of irregular forms (met → meet).
 * - Indonesian targets are listed in the forms news text uses; input is also tried without the
 *   particles -lah/-kah/-pun and -nya, without reduplication (negara-negara), and as a rough
 *   root (affixes stripped, "~"-marked so a root never matches a whole word), under which the
 *   targets are indexed too, so "berunding" finds the entry listing "perundingan".
 */
import type { Lang } from '../types.js';
import { fold } from './normalize.js';
import data from './lexicon-en-id.json' with { type: 'json' };

export interface PhraseTranslation {
  /** First token index of the phrase. */
  start: number;
  /** One past its last token index. */
  end: number;
  /** Translations in the other language, each possibly several words; never empty. */
  targets: readonly string[];
}

interface LexiconFile {
  writtenAs: Record<Lang, string[]>;
  irregular: Record<string, string>;
  entries: Record<string, string[]>;
}

type Case = 'upper' | 'capital';

/**
 * One direction of the lexicon. Phrases are keyed by their words joined with spaces; `prefixes`
 * holds every proper word prefix of a phrase, so a walk along the question stops as soon as no
 * phrase can continue. (Flat maps rather than a trie of nested maps: ~15,000 small maps made
 * building several times slower, mostly in garbage collection.)
 */
interface Side {
  phrases: Map<string, string[]>;
  prefixes: Set<string>;
  /** Words that match only when written with these capitals. */
  writtenAs: Map<string, Case>;
}

const file = data as LexiconFile;
const irregular = new Map(Object.entries(file.irregular));
const sides: Partial<Record<Lang, Side>> = {};

/** An English word's base form by the lexicon's table of irregular forms ("met" → "meet"), else the word. */
export function englishBase(word: string): string {
  return irregular.get(word) ?? word;
}

/**
 * Each direction is built on first use (English ~5 ms, Indonesian ~15 ms: it also indexes roots),
 * so importing the module costs nothing and a run that sees one language builds one side.
 */
function sideOf(lang: Lang): Side {
  return (sides[lang] ??= build(lang));
}

/**
 * The phrases of `words` (a question's tokens, as written, in order) that the lexicon knows, with
 * their translations into the other language, left to right and never overlapping.
 */
export function translatePhrases(words: readonly string[], from: Lang): PhraseTranslation[] {
  const side = sideOf(from);
  const forms = words.map((w) => formsOf(w, from, side));
  const found: PhraseTranslation[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = longestAt(side, forms, i) ?? partsOf(words[i] ?? '', i, from, side);
    if (hit) found.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return found;
}

/** The longest phrase starting at `start`; among equally long ones, the one of the most literal forms. */
function longestAt(side: Side, forms: readonly string[][], start: number): PhraseTranslation | undefined {
  let best: PhraseTranslation | undefined;
  const walk = (prefix: string, at: number): void => {
    for (const form of forms[at] ?? []) {
      const key = prefix ? `${prefix} ${form}` : form;
      const targets = side.phrases.get(key);
      if (targets && (!best || at + 1 > best.end)) best = { start, end: at + 1, targets };
      if (side.prefixes.has(key)) walk(key, at + 1);
    }
  };
  walk('', start);
  return best;
}

/** An unknown hyphenated word ("Russia-Ukraine", "AS-Rusia") translated part by part. */
function partsOf(word: string, index: number, from: Lang, side: Side): PhraseTranslation | undefined {
  if (!word.includes('-')) return undefined;
  const targets = new Set<string>();
  for (const part of word.split('-')) {
    const hit = part && longestAt(side, [formsOf(part, from, side)], 0);
    if (hit) for (const t of hit.targets) targets.add(t);
  }
  return targets.size > 0 ? { start: index, end: index + 1, targets: [...targets] } : undefined;
}

/** The forms one input word is tried as, most literal first. */
function formsOf(word: string, lang: Lang, side: Side): string[] {
  const w = fold(word).replace(/\./g, '');
  if (!writtenRight(word, side.writtenAs.get(w))) return [];
  const forms = lang === 'en' ? englishForms(w.replace(/['’]s?$/, '')) : indonesianForms(w);
  return [...new Set(forms)].filter((f) => writtenRight(word, side.writtenAs.get(f)));
}

function writtenRight(word: string, wanted: Case | undefined): boolean {
  if (wanted === 'upper') return word === word.toUpperCase();
  if (wanted === 'capital') return /^\p{Lu}/u.test(word);
  return true;
}

function englishForms(w: string): string[] {
  const forms = [w];
  const irr = irregular.get(w);
  if (irr) forms.push(irr);
  const base = (cut: number, add = '') => {
    const b = w.slice(0, w.length - cut);
    if (b.length >= 3) forms.push(b + add, ...(/([b-df-hj-np-tv-z])\1$/.test(b) ? [b.slice(0, -1)] : []));
  };
  if (w.endsWith('ies')) base(3, 'y');
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) {
    base(1);
    if (w.endsWith('es')) base(2);
  } else if (w.endsWith('ied')) base(3, 'y');
  else if (w.endsWith('ed')) {
    base(1);
    base(2);
  } else if (w.endsWith('ing')) {
    base(3, 'e');
    base(3);
  } else if (w.endsWith('ily')) base(3, 'y');
  else if (w.endsWith('ly')) base(2);
  return forms;
}

function indonesianForms(w: string): string[] {
  const forms = [w];
  let s = w;
  const particle = /^(.{3,}?)(lah|kah|pun)$/.exec(s);
  if (particle?.[1]) forms.push((s = particle[1]));
  if (s.endsWith('nya') && s.length >= 6) forms.push((s = s.slice(0, -3)));
  const redup = /^(.+)-\1$/.exec(s);
  if (redup?.[1]) forms.push((s = redup[1]));
  forms.push(rootKey(s));
  return forms;
}

// Longest first: "kan" before "an", "meng" before "me".
const SUFFIXES = ['kan', 'an', 'i'];
const PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'peng', 'peny', 'pem', 'pen', 'per', 'pe', 'ber', 'be', 'ter', 'di', 'ke', 'se'];

/**
 * A rough Indonesian root: one derivational suffix and up to two prefixes off, keeping at least
 * four letters, "~"-marked when anything was cut. It does not restore a dropped initial (menemui
 * is not temu); it only has to give one key for the common derivations of a word (perundingan,
 * berunding → ~unding).
 */
function rootKey(w: string): string {
  let s = w;
  for (const x of SUFFIXES) {
    if (s.endsWith(x) && s.length - x.length >= 4) {
      s = s.slice(0, -x.length);
      break;
    }
  }
  for (let round = 0; round < 2; round++) {
    const prefix = PREFIXES.find((x) => s.startsWith(x) && s.length - x.length >= 4);
    if (!prefix) break;
    s = s.slice(prefix.length);
  }
  return s === w ? w : '~' + s;
}

function build(lang: Lang): Side {
  const side: Side = { phrases: new Map(), prefixes: new Set(), writtenAs: new Map() };
  for (const w of file.writtenAs[lang]) side.writtenAs.set(fold(w), w === w.toUpperCase() ? 'upper' : 'capital');
  const rootCache = new Map<string, string>();
  const rootOf = (w: string): string => {
    let root = rootCache.get(w);
    if (root === undefined) rootCache.set(w, (root = rootKey(w)));
    return root;
  };
  for (const [key, targets] of Object.entries(file.entries)) {
    if (lang === 'en') {
      add(side, foldKey(key).split(' '), targets);
      continue;
    }
    for (const target of targets) {
      const words = foldKey(target).split(' ');
      add(side, words, [key]);
      const roots = words.map(rootOf);
      if (roots.some((r, i) => r !== words[i])) add(side, roots, [key]);
    }
  }
  return side;
}

/** The file is lower case already; only the few words with diacritics need folding. */
function foldKey(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? fold(text) : text;
}

function add(side: Side, words: readonly string[], targets: readonly string[]): void {
  for (let n = 1; n < words.length; n++) side.prefixes.add(words.slice(0, n).join(' '));
  const key = words.join(' ');
  const known = side.phrases.get(key);
  if (!known) side.phrases.set(key, [...targets]);
  else for (const t of targets) if (!known.includes(t)) known.push(t);
}
