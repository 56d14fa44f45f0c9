/**
 * "Partai apakah …", "Apa nama perusahaan …", "Di pulau manakah …", "which company …": the
 * question names the kind of thing it wants, and news text tends to say that noun right before
 * the answer ("Partai Demokratik Jepang", "pohon ulin", "klub Orange County"). Finding the noun
 * in the cited sentence and taking what follows it gives a short answer for questions that a
 * question word alone does not type.
 */
import type { Lang, Span } from '../types.js';
import type { Query } from '../query.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { isStopword, isStopwordAnyLang } from '../text/stopwords.js';
import { CONJUNCTIONS, isNameWord, joins } from './name-runs.js';
import { isHonorific } from './span-edges.js';

const ASKING = new Set(['apa', 'apakah', 'mana', 'manakah', 'what', 'which']);
const NAME_WORDS = new Set(['nama', 'name', 'judul', 'title']);
/** "Apa jenis cacing …", "Helikopter jenis apakah …": the kind word says only that a kind follows. */
const KIND_WORDS = new Set(['jenis', 'macam', 'tipe', 'type', 'kind', 'sort']);
/** Indonesian prepositions: asked right after one, "apa" stands for the preposition's object. */
const PREPOSITIONS = new Set(['di', 'ke', 'dari', 'untuk', 'sebagai', 'dengan', 'pada', 'dalam', 'oleh', 'melalui', 'menjadi',
  'tentang', 'kepada', 'bagi', 'atas', 'terhadap', 'akan', 'seperti']);
/** Words between a noun and the name it is given: "film berjudul …", "a band called …". */
const NAMING = new Set(['berjudul', 'bertajuk', 'bernama', 'dinamai', 'dinamakan', 'dijuluki', 'called', 'named', 'titled', 'entitled']);
const MAX_SKIPPED = 3;
const MAX_TAIL = 2;

/** Per question: ranking asks for it once per sentence of every candidate passage. */
const heads = new WeakMap<Query, string | null>();

/** The stem of the noun the question asks about, or null. */
export function headNoun(query: Query): string | null {
  let head = heads.get(query);
  if (head === undefined) heads.set(query, (head = findHeadNoun(query)));
  return head;
}

function findHeadNoun(query: Query): string | null {
  const words = query.tokens.map((t) => fold(t.text));
  const k = words.findIndex((w) => ASKING.has(w));
  if (k < 0) return null;
  const content = (w: string | undefined) => w !== undefined && w.length > 2 && !isStopwordAnyLang(w) && !ASKING.has(w);
  let head: string | undefined;
  const named = (w: string | undefined) => NAME_WORDS.has(w ?? '') || KIND_WORDS.has(w ?? '');
  if (named(words[k + 1]) && content(words[k + 2])) head = words[k + 2];
  else if (KIND_WORDS.has(words[k - 1] ?? '') && content(words[k - 2])) head = words[k - 2];
  else if (content(words[k - 1])) head = words[k - 1];
  // "Apakah warna …", "which company …" name the kind; in "di mana hutan …" or "Diprioritaskan
  // untuk apakah dana …" the noun after is the subject, and the preposition's object is asked.
  else if (content(words[k + 1]) && !named(words[k + 1]) && !(query.lang === 'id' && PREPOSITIONS.has(words[k - 1] ?? ''))) head = words[k + 1];
  return head ? stem(head, query.lang) : null;
}

/** Per question: the head noun's stems in both languages. */
const forms = new WeakMap<Query, ReadonlySet<string>>();

/**
 * The head noun and its translations, as index stems: "What challenges …" asked of an Indonesian
 * source looks for "tantangan" there. Empty when the question names no kind of thing.
 */
export function headForms(query: Query): ReadonlySet<string> {
  let found = forms.get(query);
  if (found === undefined) {
    const head = headNoun(query);
    const group = head === null ? undefined : query.groups.find((g) => g.alternatives.some((a) => a.weight === 1 && a.term === head));
    found = new Set(head === null ? [] : [head, ...(group?.alternatives.map((a) => a.term) ?? [])]);
    forms.set(query, found);
  }
  return found;
}

/** Where a form of the head noun stands in the sentence. */
export function headNounAt(heads: ReadonlySet<string>, tokens: Token[], lang: Lang): number[] {
  const at: number[] = [];
  tokens.forEach((t, i) => { if (t.kind === 'word' && heads.has(stem(fold(t.text), lang))) at.push(i); });
  return at;
}

/** What follows the head noun: a name, or else a common noun phrase that opens with the head. */
export interface Headed extends Span {
  /** A name ("Partai Golkar"), not a common noun phrase that merely opens a sentence ("Kelompok militan itu"). */
  name: boolean;
}

/** Spans right after the head noun in the sentence: a name, or the head and a word or two. */
export function afterHeadNoun(heads: ReadonlySet<string>, tokens: Token[], lang: Lang, asked: Set<string>, text: string): Headed[] {
  const out: Headed[] = [];
  // Right after the head noun, any capitalized word starts a name, "The" included ("The Room").
  const isName = (t: Token) => t.kind === 'word' && t.capitalized;
  const adjacent = (a: Token, b: Token) => b.start - a.end === 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !heads.has(stem(fold(t.text), lang))) continue;
    // "Hezb-ul Mujahedeen , kelompok militan Kashmir": the head noun in apposition describes the
    // name before it, and that name is the answer.
    const named = !t.capitalized ? nameBefore(tokens, i, text, asked) : null;
    if (named) { out.push({ ...named, name: true }); continue; }
    // "dua mata uang , yaitu rupiah dan kina": the kind, then the things of that kind it lists.
    const next = tokens[i + 1];
    const listed = next && adjacent(t, next) && isName(next) ? null : listedAfter(tokens, i, text, asked);
    if (listed) { out.push(listed); continue; }
    let j = i + 1;
    // "bukunya berjudul The Sun Also Sets": a naming word says the name follows.
    const skipped = (w: Token) => asked.has(fold(w.text)) || NAMING.has(fold(w.text));
    while (j < tokens.length && j - i <= MAX_SKIPPED && skipped(tokens[j]!) && adjacent(tokens[j - 1]!, tokens[j]!)) j++;
    const first = tokens[j];
    const title = first ? quoted(tokens, j, text) : null;
    if (title) { out.push(title); continue; }
    if (!first || !adjacent(tokens[j - 1]!, first) || asked.has(fold(first.text))) continue;
    let end = j;
    const appositive = isName(first) ? null : nameAfter(tokens, i, text, asked);
    if (isName(first)) {
      const opening = t.capitalized && j === i + 1 ? t : first;
      for (;;) {
        const next = tokens[end + 1];
        if (next && isName(next) && adjacent(tokens[end]!, next)) end++;
        // "Badan Pengkajian dan Penerapan Teknologi", "The Clash of Civilizations": joiners inside a name.
        // A title goes on across "of" into any capitalized word ("Moment of The Earth").
        else if (next && adjacent(tokens[end]!, next) && adjacent(next, tokens[end + 2] ?? next)
          && (joins(opening, next, tokens[end + 2]) || (next.text === 'of' && isName(tokens[end + 2]!)))) end += 2;
        else break;
      }
      // "Dinas Perikanan dan Kelautan Provinsi Bali Wisnawa Manuaba": the person the question
      // names after the body (and the title opening their name) is not part of the body's name.
      while (end > j && (asked.has(fold(tokens[end]!.text)) || isHonorific(tokens[end]!))) end--;
      // A capitalized head is part of the name ("Partai Demokratik Jepang"); a common one is not.
      out.push({ start: opening.start, end: tokens[end]!.end, name: true });
    } else if (appositive) {
      out.push({ ...appositive, name: true });
    } else if (first.kind !== 'word' || !isStopword(fold(first.text), lang)) {
      while (end + 1 < tokens.length && end + 1 - j < MAX_TAIL && adjacent(tokens[end]!, tokens[end + 1]!)
        && !isStopwordAnyLang(fold(tokens[end + 1]!.text)) && !asked.has(fold(tokens[end + 1]!.text))) end++;
      out.push({ start: t.start, end: tokens[end]!.end, name: false });
    }
  }
  return out;
}

/** Words that say the name before them is of the kind after them: "OFP adalah sebuah skema". */
const COPULAS = new Set(['adalah', 'merupakan', 'ialah', 'is', 'was']);
const ARTICLES = new Set(['sebuah', 'suatu', 'seorang', 'a', 'an', 'the']);

/** The capitalized run ending right before ", " (or a copula, "Hamas adalah kelompok") and token i, if any. */
function nameBefore(tokens: Token[], i: number, text: string, asked: Set<string>): Span | null {
  let at = i;
  if (ARTICLES.has(fold(tokens[at - 1]?.text ?? ''))) at--;
  if (COPULAS.has(fold(tokens[at - 1]?.text ?? ''))) at--;
  else at = i;
  const previous = tokens[at - 1];
  const gap = previous ? text.slice(previous.end, tokens[at]!.start) : '';
  if (!previous || !(at === i ? /^\s*,\s*$/ : /^ $/).test(gap)) return null;
  // "Ini adalah bakteri …": a capitalized pronoun opening the sentence names nothing.
  if (!previous.capitalized || asked.has(fold(previous.text)) || (at < i && !isNameWord(previous))) return null;
  let k = at - 1;
  while (k > 0 && tokens[k - 1]!.capitalized && tokens[k]!.start - tokens[k - 1]!.end === 1) k--;
  return { start: tokens[k]!.start, end: previous.end };
}

const MAX_QUOTED = 8;

/** A title in quotes right after the head noun (or its naming word): berjudul " The Sun Also Sets ". */
function quoted(tokens: Token[], j: number, text: string): Headed | null {
  const open = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  if (!/^\s*["“]\s*$/.test(open)) return null;
  let end = j;
  while (end + 1 < tokens.length && end + 1 - j < MAX_QUOTED && !/["”]/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) end++;
  if (!/^\s*["”]/.test(text.slice(tokens[end]!.end))) return null;
  return { start: tokens[j]!.start, end: tokens[end]!.end, name: tokens[j]!.capitalized };
}

/** Words that introduce what a noun stands for: "… , yaitu X", "… , namely X". */
const INTRODUCERS = new Set(['yaitu', 'yakni', 'ialah', 'namely']);
const MAX_BEFORE_LIST = 6;
const MAX_ITEM = 5;

/**
 * "dua mata uang , yaitu rupiah dan kina", "istilah dalam bahasa Inggris , yakni " pinteresque "":
 * a few words after the head noun, a comma and a word that introduces what it stands for, then
 * the first item listed that the question does not already say.
 */
function listedAfter(tokens: Token[], i: number, text: string, asked: Set<string>): Headed | null {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_BEFORE_LIST && !INTRODUCERS.has(fold(tokens[k]!.text))) {
    // The clause the head noun opens must not end before the introducer.
    if (/[.;:!?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    k++;
  }
  const marker = tokens[k];
  if (!marker || k - i > MAX_BEFORE_LIST || !/^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, marker.start))) return null;
  let start = k + 1;
  while (start < tokens.length) {
    let end = start;
    // An item ends at a comma, a bracket, the sentence's end or a conjunction, and a name where
    // the words stop being capitalized ("PLTGU Sicanang di Belawan").
    const same = (w: Token) => (tokens[start]!.capitalized ? w.capitalized || w.kind === 'number' : !isStopwordAnyLang(fold(w.text)));
    while (end + 1 < tokens.length && end + 1 - start < MAX_ITEM && /^\s*["“”']?\s*$/.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))
      && !CONJUNCTIONS.has(fold(tokens[end + 1]!.text)) && same(tokens[end + 1]!)) end++;
    const item = tokens.slice(start, end + 1);
    if (item.length === 0) return null;
    if (!item.every((w) => asked.has(fold(w.text)))) {
      // As with any name, words the question says at its end are not part of the answer.
      let last = item.length - 1;
      while (item[0]!.capitalized && asked.has(fold(item[last]!.text))) last--;
      return { start: item[0]!.start, end: item[last]!.end, name: item[0]!.capitalized };
    }
    const gap = text.slice(tokens[end]!.end, tokens[end + 1]?.start ?? text.length);
    if (!/^\s*,?\s*$/.test(gap) && !CONJUNCTIONS.has(fold(tokens[end + 1]?.text ?? ''))) return null;
    start = end + 1;
    if (CONJUNCTIONS.has(fold(tokens[start]?.text ?? ''))) start++;
  }
  return null;
}

const MAX_DESCRIBED = 4;

/**
 * "perusahaan migas Malaysia , Petronas ,", "partai yang berkuasa , Fatah ,": a common head noun
 * and its description, then the name they describe set off by commas.
 */
function nameAfter(tokens: Token[], i: number, text: string, asked: Set<string>): Span | null {
  for (let k = i + 1; k < tokens.length && k - i <= MAX_DESCRIBED; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap === ' ') continue;
    if (!/^\s*,\s*$/.test(gap) || !tokens[k]!.capitalized || asked.has(fold(tokens[k]!.text))) return null;
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1]!.capitalized && tokens[end + 1]!.start - tokens[end]!.end === 1) end++;
    // The name must close where it opened: with a comma or the sentence's end.
    const after = text.slice(tokens[end]!.end, tokens[end + 1]?.start ?? text.length);
    return /^\s*([,.;]|$)/.test(after) ? { start: tokens[k]!.start, end: tokens[end]!.end } : null;
  }
  return null;
}
