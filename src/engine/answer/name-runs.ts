/**
 * Names in running text: runs of capitalized words, with the joiners news text writes inside a
 * name ("bin", "of", and "dan" inside an institution's name).
 */
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isIndonesianWord } from '../text/stem.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { isHonorific } from './span-edges.js';

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
    // unless it names a kind of institution ("Lembaga Sejarah dan Purbakala").
    const institution = INSTITUTIONS.has(fold(tokens[0]!.text));
    if (i === 0 && (j === 0 || (isIndonesianWord(fold(tokens[0]!.text)) && !institution))) a = 1;
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
  return t.kind === 'word' && t.capitalized && (!isStopwordAnyLang(t.text.toLowerCase()) || /^\p{Lu}{2,}$/u.test(t.text));
}

