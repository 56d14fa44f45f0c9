/**
 * The short answer: of the candidates of the wanted type in the cited sentence (else in the
 * sentence next to it that shares the question's words), the one nearest the question's words,
 * rare words and names counting most. A person whose stated role or side matches the question's
 * words wins over a nearer one ("Siapa penasihat presiden Rusia?" wants the adviser, not the
 * minister named next to the words). A name given with its short form in brackets is answered
 * with both. Always verbatim from the sentence, except the role asked for by "Who is X?".
 */
import type { RankedPassage } from '../rank.js';
import type { Query } from '../query.js';
import type { Lang, Span } from '../types.js';
import { candidates, type Candidate } from './candidates.js';
import { indexTerms } from '../text/analyze.js';
import { fold } from '../text/normalize.js';

/** Words a punctuation mark between a question word and a candidate counts for. */
const BOUNDARY_COST = 2;
/** One question word matched by a person's role or side outweighs any nearness. */
const ROLE_MATCH = 50;
/**
 * How much more a name, number or date of the question vouches than its other words. Of 1–3,
 * 2 did best on FacQA train and as well as any on valid.
 */
const ENTITY_VOUCH = 2;
/** Question words a person's title must match to show the sentence says what is asked. */
const TITLE_GROUPS = 2;

function describedGroups(query: Query, description: string, lang: Lang): number {
  const terms = new Set(indexTerms(description, lang));
  return query.groups.filter((g) => g.alternatives.some((a) => terms.has(a.term))).length;
}

/**
 * "Who is Marco Rubio?" / "Siapakah Lavrov?": every word of the question is part of one name the
 * passage gives a person, so it asks what the person is, and the answer is the role and side the
 * source gives them (as indexing read it), never the name of whoever stands nearest. Undefined
 * when the question is not of that kind; null when the source names the person without a role.
 */
function identity(query: Query, best: RankedPassage): string | null | undefined {
  if (query.type !== 'person' || query.groups.length === 0) return undefined;
  const { tokens, groupsAt, facts } = best;
  for (const person of facts.people) {
    const covered = new Set<number>();
    tokens.forEach((t, i) => {
      if (t.start >= person.start && t.end <= person.end) for (const g of groupsAt[i]!) covered.add(g);
    });
    if (covered.size === query.groups.length) return person.description || null;
  }
  return undefined;
}

export interface ShortAnswer {
  text: string;
  /** The sentence it was taken from: the cited one, or a neighbour (the excerpt must show it). */
  sentence: Span;
}

export function shortAnswer(query: Query, best: RankedPassage): ShortAnswer | null {
  const who = identity(query, best);
  if (who !== undefined) return who === null ? null : { text: who, sentence: best.sentence };
  const { tokens, facts, hit } = best;
  // A sentence that shares only names with the question does not say what it asks; its
  // neighbour may ("… dalam Konferensi X ." then "Konferensi dibuka oleh Menteri Y .").
  const found = [best.sentence, ...best.neighbours]
    .map((sentence) => ({ sentence, found: candidates(query, tokens, sentence, facts, hit.passage.text) }))
    .filter((s) => s.found.length > 0 && (saysMoreThanNames(query, best, s.sentence) || namesTitle(query, best, s.found) || namedBefore(query, best, s.sentence)));
  // The kind of answer the question asks for, said in the next sentence (the noun it asks about:
  // "Dia memilih mayor matematika"; an amount of what it counts; a country), marks the answer
  // better than any name or number the cited sentence happens to hold.
  const chosen = found.find((s) => s.found.some((c) => c.cued)) ?? found[0];
  if (!chosen) return null;
  const text = pick(query, best, chosen.sentence, chosen.found);
  return text === null ? null : { text, sentence: chosen.sentence };
}

/**
 * For "who" questions: a sentence that shares only the question's names with it ("Who accompanied
 * Putin?" against "talks between Putin and Trump") does not say what the question asks of them,
 * and the person named next to the one asked about would be a guess that reads as a fact. No
 * short answer then (the citation still shows the passage). This costs FacQA about one answer in
 * a thousand; for other answer types it cost far more (F1 0.589 → 0.572 on train), so they keep
 * their best guess. Questions made only of names are exempt.
 */
function saysMoreThanNames(query: Query, best: RankedPassage, sentence: Span): boolean {
  const plain = query.groups.map((g, i) => (g.entity ? -1 : i)).filter((i) => i >= 0);
  if (plain.length === 0 || query.type !== 'person') return true;
  return best.tokens.some((t, i) => t.start >= sentence.start && t.end <= sentence.end && best.groupsAt[i]!.some((g) => plain.includes(g)));
}

const PRONOUNS = new Set(['dia', 'ia', 'beliau', 'he', 'she']);

/**
 * "Tonique Williams-Darling dari Bahama … . Dia merebut medali emas …": the cited sentence says
 * what is asked of someone it calls by a pronoun, and the sentence before names them.
 */
function namedBefore(query: Query, best: RankedPassage, sentence: Span): boolean {
  if (sentence.end > best.sentence.start || !saysMoreThanNames(query, best, best.sentence)) return false;
  const opening = best.tokens.find((t) => t.start >= best.sentence.start);
  return !!opening && PRONOUNS.has(fold(opening.text));
}

/**
 * A person the sentence gives the title the question asks about ("Siapa nama Dirjen WHO?" against
 * "Dirjen WHO Lee Jong-wook"): the title is what the question asks of them, though all its words
 * are names.
 */
function namesTitle(query: Query, best: RankedPassage, found: Candidate[]): boolean {
  return found.some((c) => c.description && describedGroups(query, c.description, best.hit.passage.lang) >= TITLE_GROUPS);
}

function pick(query: Query, best: RankedPassage, sentence: Span, found: Candidate[]): string | null {
  const { tokens, groupsAt, groupWeight, hit } = best;
  const text = hit.passage.text;
  const anchors = tokens
    .map((t, i) => ({ t, i, groups: groupsAt[i]! }))
    .filter((a) => a.groups.length > 0 && a.t.start >= sentence.start && a.t.end <= sentence.end);
  // Question words between a word and a candidate do not set them apart: "jumlah guru sekolah
  // dasar mencapai 45 orang" puts all four words next to the amount, not only "dasar".
  const questionWordsBefore = prefixCounts(tokens.length, anchors.map((a) => a.i));
  let bestCandidate = found[0]!;
  let bestScore = -Infinity;
  for (const c of found) {
    const first = tokens.findIndex((t) => t.start >= c.start);
    const last = tokens.findLastIndex((t) => t.end <= c.end);
    let score = c.description ? ROLE_MATCH * describedGroups(query, c.description, hit.passage.lang) : 0;
    // Each word of the question vouches once, from its nearest mention: a word the sentence
    // repeats ("penyu sisik …, penyu sisik semu") must not pull toward the wrong mention.
    const nearest = new Map<string, number>();
    for (const a of anchors) {
      if (a.i >= first && a.i <= last) continue;
      const [from, to] = a.i < first ? [a.i, first] : [last, a.i];
      const words = to - from - (questionWordsBefore[to]! - questionWordsBefore[from + 1]!);
      // A comma or a bracket between them is a clause or list boundary: farther than it looks;
      // but a bracket right after the word glosses it ("Sergey Lavrov ( 75 )").
      const between = a.i < first ? text.slice(a.t.end, c.start) : text.slice(c.end, a.t.start);
      const distance = a.i < first && glosses(between, text, c) ? 1 : words + BOUNDARY_COST * (between.match(/[,;()]/g)?.length ?? 0);
      // Rare question words vouch more than common ones ("Wafd" more than "Partai"), and the
      // question's names more than its other words: of two like statements in one sentence
      // ("Jerman menyumbang 40 persen, sementara Belanda lima persen") they tell which is meant.
      const weight = Math.max(...a.groups.map((g) => groupWeight[g]! * (query.groups[g]!.entity ? ENTITY_VOUCH : 1)));
      const word = `${a.groups.join()}:${fold(a.t.text)}`;
      nearest.set(word, Math.max(nearest.get(word) ?? 0, weight / distance));
    }
    for (const vouch of nearest.values()) score += vouch;
    if (score > bestScore) { bestScore = score; bestCandidate = c; }
  }
  return withGloss(bestCandidate, found, text).trim() || null;
}

/** counts[k]: how many of `marked` (sorted token indexes) are below k. */
function prefixCounts(length: number, marked: number[]): number[] {
  const counts = new Array<number>(length + 1).fill(0);
  for (const i of marked) counts[i + 1]! += 1;
  for (let k = 1; k <= length; k++) counts[k]! += counts[k - 1]!;
  return counts;
}

/** Whether the candidate stands in brackets right after the question's word. */
function glosses(between: string, text: string, c: Span): boolean {
  return between.trim() === '(' && /^\s*\)/.test(text.slice(c.end));
}

/**
 * A thing and its bracketed gloss name one thing, whichever half the question's words stood
 * nearer: "Badan Pusat Statistik ( BPS )", "JICA ( Japan International Cooperation Agency )",
 * "2.000 mil ( sekitar 3.200 km )". Candidates already show an acronym beside a long name
 * (span-edges.ts); this also joins other glosses, and the pick that lands on the bracketed half.
 */
function withGloss(chosen: Candidate, found: Candidate[], text: string): string {
  const bracketAfter = (a: Span, b: Span) => /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && /^\s*\)/.test(text.slice(b.end));
  const gloss = found.find((c) => c.start > chosen.end && bracketAfter(chosen, c));
  const glossed = found.find((c) => c.end < chosen.start && bracketAfter(c, chosen));
  const [from, to] = gloss ? [chosen, gloss] : glossed ? [glossed, chosen] : [chosen, chosen];
  return from === to ? chosen.text : text.slice(from.start, text.indexOf(')', to.end) + 1);
}
