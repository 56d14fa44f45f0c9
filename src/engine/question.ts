/**
 * What kind of answer a question wants, read from the raw question (before stop words are
 * dropped: siapa/kapan/di mana/berapa are stop words for retrieval but decide the answer type).
 * The question word said first decides; where two rules match at one place, the earlier, more
 * specific one wins ("berapa lama" before "berapa", "apa nama" before "apa").
 */
import { fold } from './text/normalize.js';
import { isIndonesianWord, stem } from './text/stem.js';

export type AnswerType =
  | 'person' | 'date' | 'time' | 'place' | 'number' | 'duration' | 'reason' | 'manner' | 'name' | 'thing' | 'other';

const RULES: Array<[RegExp, AnswerType]> = [
  [/\b(berapa lama(kah|nya)?|how long)\b/, 'duration'],
  [/\b((jam|pukul) berapa|what time)\b/, 'time'],
  [/\b((tanggal|tahun|bulan|hari) (berapa|berapakah|apa|apakah)|(pada )?(tahun|tanggal) berapakah|what (date|year|day|month)|which (year|day|month))\b/, 'date'],
  [/\b(kapan|kapankah|bilamana|when)\b/, 'date'],
  [/\b(siapa|siapakah|who|whom|whose)\b/, 'person'],
  [/\b((di|ke|dari) ?mana(kah)?|where)\b/, 'place'],
  [/\b((kota|negara|provinsi|pulau|daerah|wilayah|kabupaten|negara bagian|tempat)( \w+)? (apa|apakah|mana|manakah)|which (city|country|state|place|island|province|region))\b/, 'place'],
  [/\b(berapa|berapakah|how (many|much)|what (number|percentage|amount))\b/, 'number'],
  [/\b(mengapa|kenapa|why|apa sebab|apa alasan)\b/, 'reason'],
  [/\b(bagaimana|bagaimanakah|how)\b/, 'manner'],
  [/\b\w+ (mana|manakah)\b/, 'name'],
  [/\b((apa|apakah) (nama|judul)|nama \w+ (apa|apakah)|what is the name|what was the name|which (company|organi[sz]ation|party|group|agency))\b/, 'name'],
  [/\b(apa|apakah|what|which)\b/, 'thing'],
];

export function answerType(question: string): AnswerType {
  const q = fold(question).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ');
  if (isYesNo(question)) return 'other';
  // The question word said first governs; a later one sits in a relative clause ("Which country
  // is the minister who met Putin from?"). At one position the more specific rule wins.
  let found: { at: number; type: AnswerType } | null = null;
  for (const [pattern, type] of RULES) {
    const at = q.search(pattern);
    if (at >= 0 && (found === null || at < found.at)) found = { at, type };
  }
  return found?.type ?? 'other';
}

/**
 * "Apakah" opens both "what" questions ("Apakah nama partai itu?", "Apakah kepanjangan dari
 * LIPI?": a noun follows) and yes/no questions ("Apakah Lavrov hadir?", "Apakah pertemuan
 * berlangsung di Alaska?": a subject and then what is said of it). A yes/no question has no short
 * answer; picking a name out of the cited sentence would answer a question nobody asked. English
 * yes/no questions ("Was Lavrov there?") have no question word and are 'other' already.
 */
const PRONOUNS = new Set(['ia', 'dia', 'mereka', 'kita', 'kami', 'anda', 'beliau', 'kedua', 'para', 'semua', 'seluruh']);
/** Words that say something of the subject before them ("sudah", "pernah", "hadir", "benar"). */
const PREDICATES = new Set(['sudah', 'pernah', 'akan', 'masih', 'bisa', 'dapat', 'benar', 'tidak', 'belum', 'telah', 'sedang', 'ada', 'hadir', 'harus', 'boleh', 'mau', 'ingin', 'jadi', 'juga']);
const DESCRIBERS = new Set(['yang', 'untuk', 'bagi']);
const WH_WORDS = /\b(siapa|kapan|berapa|mana|mengapa|kenapa|bagaimana)(kah)?\b/;
/** Verbs by their prefixes: "berlangsung", "menyetujui", "dibahas" (a root with affixes stripped). */
const VERB_PREFIX = /^(ber|be|me|di)\p{L}{3}/u;

function isYesNo(question: string): boolean {
  const words = question.replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (fold(words[0] ?? '') !== 'apakah' || WH_WORDS.test(fold(question))) return false;
  const next = words.slice(1, 4);
  const name = (w: string) => /^\p{Lu}/u.test(w) && !isIndonesianWord(fold(w));
  const verb = (w: string) => VERB_PREFIX.test(w) && stem(w, 'id') !== w;
  const said = next.findIndex((w, i) => PREDICATES.has(fold(w)) || (i >= 1 && verb(fold(w))));
  // "yang" or "untuk" before the verb makes it a description of the noun asked about ("Apakah
  // badan yang melakukan audit …?", "Apakah bandara untuk menggantikan …?"), not a statement.
  const described = next.slice(0, Math.max(said, 0)).some((w) => DESCRIBERS.has(fold(w)));
  return (said >= 0 && !described) || PRONOUNS.has(fold(next[0] ?? '')) || (next[0] !== undefined && name(next[0]));
}

/** Types whose answer may be a short span (a name, a date, a number, a place, a named thing). */
export function isFactoid(type: AnswerType): boolean {
  return type !== 'reason' && type !== 'manner' && type !== 'other';
}
