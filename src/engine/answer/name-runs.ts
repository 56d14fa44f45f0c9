/**
 * Names in running text: runs of capitalized words, with the joiners news text writes inside a
 * name ("bin", "of", and "dan" inside an institution's name).
 */
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isIndonesianWord } from '../text/stem.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { isHonorific } from './span-edges.js';
import { LOCATIVES, TITLE_HEADS } from '../extract/people/lexicon.js';

/** Words that join the items of a list: "Italia dan Brasil", "kerikil atau pasir". */
export const CONJUNCTIONS = new Set(['dan', 'atau', 'serta', 'and', 'or']);

export const NAME_JOINERS = new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'al', 'el', 'la', 'da', 'dos', 'of', 'for', 'untuk', '&']);

/** Runs of capitalized words (with joiners inside), minus words the question has at either end. */
export function nameRuns(tokens: Token[], asked: Set<string>): Array<[Token, Token]> {
  const runs: Array<[Token, Token]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const after = tokens[j + 2];
      // A name runs on only across single spaces: a comma or a bracket ends it.
      if (next.start - tokens[j]!.end !== 1) break;
      if (isNameWord(next)) j++;
      else if (joins(tokens[i]!, next, after) && after!.start - next.end === 1) j += 2;
      else break;
    }
    let a = i, b = j;
    // A capitalized word opening the sentence is usually an ordinary word ("Pembicaraan",
    // "Tim Seoul National University"): an ordinary Indonesian word there is not part of a name,
    // unless it names a kind of institution ("Lembaga Sejarah dan Purbakala"). An acronym is a
    // name wherever it stands ("LIPI , yang didirikan …").
    const institution = INSTITUTIONS.has(fold(tokens[0]!.text));
    if (i === 0 && !isAcronym(tokens[0]!) && (j === 0 || (isIndonesianWord(fold(tokens[0]!.text)) && !institution))) a = 1;
    // "The" inside a sentence opens a title ("The Asahi Shimbun"); opening one, it is an article.
    const the = tokens[i - 1];
    if (a === i && i > 1 && the && fold(the.text) === 'the' && tokens[i]!.start - the.end === 1) a = i - 1;
    const trim = (t: Token) => asked.has(fold(t.text)) || NAME_JOINERS.has(t.text.toLowerCase()) || t.text === 'dan' || t.text === 'and';
    while (a <= b && trim(tokens[a]!)) a++;
    // "PT … Tbk Dr Teguh": a title opening the next person's name is not part of this name.
    while (b >= a && (trim(tokens[b]!) || (b > a && isHonorific(tokens[b]!)))) b--;
    if (a <= b) runs.push([tokens[a]!, tokens[b]!]);
    i = j + 1;
  }
  return runs;
}

/**
 * Kinds of institution whose names say "dan" inside ("Badan Pengkajian dan Penerapan Teknologi",
 * "Fakultas Matematika dan Ilmu Pengetahuan Alam"); elsewhere "X dan Y" is two names.
 */
export const INSTITUTIONS = new Set(['badan', 'lembaga', 'departemen', 'kementerian', 'fakultas', 'komite', 'komisi', 'balai',
  'pusat', 'dinas', 'direktorat', 'kantor', 'institut', 'yayasan', 'asosiasi', 'dewan', 'majelis', 'persatuan', 'ikatan',
  'akademi', 'biro', 'ministry', 'department', 'institute', 'council', 'committee', 'commission', 'office', 'agency',
  'bureau', 'center', 'centre', 'association', 'federation', 'society', 'faculty', 'college', 'school']);

/** Whether a joiner continues the name that opened with `opening` into `after`. */
export function joins(opening: Token, joiner: Token, after: Token | undefined): boolean {
  if (!after || !isNameWord(after)) return false;
  const j = joiner.text.toLowerCase();
  // "Waduk Mrica untuk Pembangkit Listrik": "untuk" goes on into a name only inside an institution's.
  if ((j === 'untuk' || j === 'for')) return INSTITUTIONS.has(fold(opening.text));
  if (NAME_JOINERS.has(j)) return true;
  return (j === 'dan' || j === 'and') && INSTITUTIONS.has(fold(opening.text)) && !INSTITUTIONS.has(fold(after.text));
}

/** Capitalized and not a function word ("Dalam", "The" open sentences, they name nothing). */
export function isNameWord(t: Token): boolean {
  // An acronym is a name even when it spells a function word ("WHO", "AND").
  return t.kind === 'word' && t.capitalized && (!isStopwordAnyLang(t.text.toLowerCase()) || isAcronym(t));
}

function isAcronym(t: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text);
}

/** An age or a life's years in brackets: "( 40 )", "( 1890-1979 )". */
const AGE_OR_YEARS = /^\s*\(\s*(\d{1,3}|\d{4}\s?-\s?\d{4})\s*\)/;
const TITLE_AFTER = /^\s*,\s*$/;

/**
 * Single capitalized words the text marks as a person's name, though one word alone could be a
 * place or a body: an age or life years in brackets right after it ("ujar Lavrov ( 75 )"), or a
 * title set off after it ("Lavrov , Ketua Delegasi , …"). Indonesian news names many people by
 * one name only.
 */
export function markedNames(tokens: Token[], asked: Set<string>, text: string): Token[] {
  return tokens.filter((t, i) => {
    if (!isNameWord(t) || isAcronym(t) || asked.has(fold(t.text))) return false;
    // A word of a longer name, or a place ("di Moskwa , Kepala Desa …").
    const [previous, next] = [tokens[i - 1], tokens[i + 1]];
    if (next && isNameWord(next) && next.start - t.end === 1) return false;
    if (previous && ((isNameWord(previous) && t.start - previous.end === 1) || LOCATIVES.has(fold(previous.text)))) return false;
    if (AGE_OR_YEARS.test(text.slice(t.end))) return true;
    return !!next && next.capitalized && TITLE_HEADS.has(fold(next.text)) && TITLE_AFTER.test(text.slice(t.end, next.start));
  });
}
