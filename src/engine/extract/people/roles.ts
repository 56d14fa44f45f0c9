/**
 * Role phrases next to a name: "Menteri Luar Negeri Sergey Lavrov", "Presiden Rusia, Vladimir
 * Putin", "U.S. special envoy Steve Witkoff", "Yury Ushakov, a Kremlin aide", "Trump's envoy,
 * Steve Witkoff". A phrase is a stretch of joined title words, side words and connectors that
 * holds at least one title head. Country words at its edges are the side, not the role
 * ("Presiden Rusia" → role "Presiden", side "Rusia"); an institution stays in the role
 * ("Kremlin aide") and still gives the side.
 */
import type { Lang } from '../../types.js';
import { ROLE_ARTICLES } from './lexicon.js';
import { sideName } from './sides.js';
import type { Word } from './words.js';

export interface RolePhrase {
  /** Verbatim, or null when the phrase only states a side. */
  role: string | null;
  side: string | null;
  /** A person the role belongs to: "Trump" in "Trump's envoy". */
  possessor: string | null;
}

/** Words the caller found to be part of a title ("Pertanian" in "Menteri Pertanian"). */
export type DomainMarks = Set<number>;

function roleish(words: Word[], i: number, domain: DomainMarks): boolean {
  const kind = words[i]?.kind;
  return kind === 'head' || kind === 'modifier' || kind === 'side' || domain.has(i);
}

/** The role phrase that ends at word `j`, read leftwards. */
export function roleBefore(words: Word[], j: number, text: string, lang: Lang, domain: DomainMarks): RolePhrase | null {
  let k = j;
  for (; k >= 0; k--) {
    const w = words[k]!;
    if (k < j && !w.joined) break;
    if (w.possessive) {
      if (k === j) return null;
      if (roleish(words, k, domain) || w.kind === 'name') { k--; break; } // leftmost: "Russia's", "Trump's"
      break;
    }
    if (roleish(words, k, domain)) continue;
    if (w.kind === 'connector' && k > 0 && words[k - 1]!.joined && roleish(words, k - 1, domain)) continue;
    break;
  }
  return phrase(words, k + 1, j, text, lang);
}

/** The role phrase that starts at word `k` (after a comma or "selaku"), read rightwards. */
export function roleAfter(words: Word[], k: number, text: string, lang: Lang, domain: DomainMarks): RolePhrase | null {
  const first = words[k];
  if (!first) return null;
  if (ROLE_ARTICLES.has(first.lower) && !first.capitalized && first.joined) k++;
  let j = k;
  for (; j < words.length; j++) {
    const w = words[j]!;
    if (j > k && !words[j - 1]!.joined) break;
    if (j > k && words[j - 1]!.possessive) break;
    if (roleish(words, j, domain)) continue;
    if (w.possessive && w.kind === 'name' && j === k) continue;
    if (w.kind === 'connector' && w.joined && roleish(words, j + 1, domain)) continue;
    // "the Agriculture Secretary": a capitalized word right before a title names its domain.
    if (w.kind === 'name' && w.joined && words[j + 1]?.kind === 'head') continue;
    break;
  }
  const last = j - 1;
  // A phrase followed by a name is that name's title: "Trump, Menteri Luar Negeri Marco Rubio".
  if (last >= k && words[last]!.joined && words[last + 1]?.kind === 'name') return null;
  return phrase(words, k, last, text, lang);
}

function phrase(words: Word[], first: number, last: number, text: string, lang: Lang): RolePhrase | null {
  if (first > last) return null;
  let side: string | null = null;
  let possessor: string | null = null;
  for (let i = first; i <= last; i++) {
    const w = words[i]!;
    if (!side && w.side) side = sideName(w.side.side, lang);
    if (w.possessive && w.kind === 'name') possessor = w.text;
  }
  // Trim what is not the role: country words at the edges, connectors left dangling.
  let s = first;
  let e = last;
  while (s <= e && trimmable(words[s]!)) s++;
  while (e >= s && trimmable(words[e]!)) e--;
  let hasHead = false;
  for (let i = s; i <= e; i++) if (words[i]!.kind === 'head') hasHead = true;
  if (!hasHead) return null;
  return { role: text.slice(words[s]!.start, words[e]!.end), side, possessor };
}

function trimmable(w: Word): boolean {
  return (w.kind === 'side' && !w.side?.institution) || w.kind === 'connector' || w.kind === 'honorific';
}
