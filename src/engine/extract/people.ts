/**
 * The people one source mentions, found once at index time. A run of capitalized words is a
 * person when the text says so: a title or role phrase next to it, a courtesy title, or the
 * shape of a personal name (two to four name words, none a place, organisation or title word,
 * not after a place preposition). A single word is a person only after a title or as the surname
 * of a full name in the same source, so "Kremlin", "Alaska" or a sentence's first word never are.
 * Role and side come from the phrase around a mention; clauses add sides and absences.
 */
import type { Lang, Passage, PersonFact } from '../types.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { passageCandidates, type Candidate, type SourceContext } from './people/candidates.js';
import { applyClauses } from './people/clauses.js';
import { SENTENCE_OPENERS } from './people/lexicon.js';
import { compatibleGiven, normalizeWord, PhoneticIndex, sameName, sameWord } from './people/names.js';
import { passageWords, type Word } from './people/words.js';

export { personKey } from './people/names.js';
export { mergePeople, type MergedPerson } from './people/merge.js';

interface Group {
  /** Normalized words of the fullest name seen. */
  key: string[];
  mentions: Candidate[];
}

export function extractPeople(passages: Passage[], lang: Lang): PersonFact[] {
  const words = passages.map(passageWords);
  const ctx = sourceContext(words, lang);
  const perPassage = passages.map((p, i) => passageCandidates(p.number, p.text, words[i]!, ctx));
  const wordsOf = new Map(passages.map((p, i) => [p.number, words[i]!]));
  const groups = resolve(perPassage.flat(), wordsOf);
  const accepted = new Set(groups.flatMap((g) => g.mentions));
  perPassage.forEach((here, i) => applyClauses(words[i]!, here.filter((c) => accepted.has(c)), lang));
  const textOf = new Map(passages.map((p) => [p.number, p.text]));
  const facts = groups.map((g) => toFact(g, textOf));
  inheritPossessorSides(groups, facts);
  // A source that never says who took part does not tell participants from the people it
  // mentions: on its word, all of them may have.
  if (!facts.some((f) => f.tookPart)) for (const f of facts) f.tookPart = true;
  return facts;
}

/** What the whole source says about its words: which it also writes in lower case. */
function sourceContext(words: Word[][], lang: Lang): SourceContext {
  const lower = new Set<string>();
  const capitalizedMidSentence = new Set<string>();
  for (const passage of words) {
    for (const w of passage) {
      if (!w.capitalized) lower.add(w.lower);
      else if (!w.sentenceStart) capitalizedMidSentence.add(w.lower);
    }
  }
  // Stop words and openers ("Meanwhile") are never names. Words the source also writes in lower
  // case, derived words ("Kunjungan", "Pembicaraan") and adverbs ("Reportedly") are not either,
  // unless the source capitalizes them mid-sentence too, as it does a name ("Kelly").
  const isOrdinary = (w: string) => lower.has(w) || (lang === 'id' ? stem(w, 'id') !== w : w.endsWith('ly'));
  const isCommon = (w: string) =>
    SENTENCE_OPENERS.has(w) || isStopwordAnyLang(w) || (!capitalizedMidSentence.has(w) && isOrdinary(w));
  return { lang, capitalizedMidSentence, isCommon, isOrdinary };
}

function resolve(candidates: Candidate[], wordsOf: Map<number, Word[]>): Group[] {
  const groups: Group[] = [];
  // Groups by surname, so a name is compared only with groups whose surname may spell the same.
  // Groups are only appended (or removed) until the end, so the index's order is theirs.
  const bySurname = new PhoneticIndex<Group>();
  const surname = (key: string[]) => key[key.length - 1]!;
  const open = (key: string[], mentions: Candidate[]) => {
    const group = { key, mentions };
    groups.push(group);
    bySurname.add(surname(key), group);
  };
  const keyOf = (c: Candidate) => c.names.map(normalizeWord);
  const find = (key: string[]) => bySurname.candidates(surname(key)).filter((g) => sameName(g.key, key));
  const join = (c: Candidate, key: string[]) => {
    const group = find(key)[0];
    if (!group) return open(key, [c]);
    group.mentions.push(c);
    if (key.length > group.key.length) {
      group.key = key;
      bySurname.add(surname(key), group);
    }
  };
  const full = candidates.filter((c) => c.names.length > 1);
  for (const c of full) if (!c.tentative) join(c, keyOf(c));
  // A sentence's first word glued to a known surname is an ordinary word: "Meanwhile Putin".
  for (const c of full.filter((x) => x.tentative)) {
    const key = keyOf(c);
    const rest = key.slice(1);
    const known = find(rest)[0];
    if (known && !compatibleGiven(known.key.slice(0, -1), key.slice(0, -1))) {
      c.names = c.names.slice(1);
      c.first++;
      c.start = wordsOf.get(c.passage)![c.first]!.start;
    } else {
      join(c, key);
    }
  }
  // Full names read as places: every mention sits after "di"/"in" and none has a title.
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.mentions.some((m) => m.locative) && !g.mentions.some((m) => m.role || m.titled)) {
      groups.splice(i, 1);
      bySurname.remove(g);
    }
  }
  const single = candidates.filter((c) => c.names.length === 1);
  for (const c of single) if (c.titled && find(keyOf(c)).length === 0) open(keyOf(c), []);
  // A surname alone is the person of that surname named most recently before it (else the
  // first such person): one pass in document order, remembering where each was last named.
  const lastNamed = new Map<Group, Candidate>();
  const groupOf = new Map<Candidate, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  for (const c of [...candidates].sort(byPosition)) {
    const named = groupOf.get(c);
    if (named && c.names.length > 1) lastNamed.set(named, c);
    if (c.names.length !== 1) continue;
    const word = keyOf(c)[0]!;
    const matches = bySurname.candidates(word).filter((g) => sameWord(surname(g.key), word));
    if (matches.length === 0) continue;
    const recent = matches.filter((g) => lastNamed.has(g));
    const chosen = recent.length > 0 ? recent.reduce((x, y) => (byPosition(lastNamed.get(y)!, lastNamed.get(x)!) > 0 ? y : x)) : matches[0]!;
    chosen.mentions.push(c);
  }
  for (const g of groups) g.mentions.sort(byPosition);
  return groups.filter((g) => g.mentions.length > 0).sort((a, b) => byPosition(a.mentions[0]!, b.mentions[0]!));
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.passage - b.passage || a.start - b.start;
}

function toFact(g: Group, textOf: Map<number, string>): PersonFact {
  const text = (c: Candidate) => textOf.get(c.passage)!.slice(c.start, c.end);
  const fullest = g.mentions.reduce((a, b) => (b.names.length > a.names.length ? b : a));
  const best =
    g.mentions.find((m) => m.role && m.side) ?? g.mentions.find((m) => m.role) ?? g.mentions.find((m) => m.side) ?? g.mentions[0]!;
  const variants = new Set([text(fullest), ...g.mentions.map(text)]);
  return {
    name: text(fullest),
    variants: [...variants],
    role: best.role ?? g.mentions.find((m) => m.role)?.role ?? null,
    side: best.side ?? g.mentions.find((m) => m.side)?.side ?? null,
    attended: !g.mentions.some((m) => m.absent),
    tookPart: g.mentions.some((m) => m.present),
    mentions: [best, ...g.mentions.filter((m) => m !== best)].map((m) => ({ passage: m.passage, start: m.start, end: m.end })),
  };
}

/** "Trump's envoy, Steve Witkoff": the envoy is on Trump's side when the source gives Trump one. */
function inheritPossessorSides(groups: Group[], facts: PersonFact[]): void {
  groups.forEach((g, i) => {
    const fact = facts[i]!;
    const possessor = g.mentions.find((m) => m.possessor)?.possessor;
    if (fact.side || !possessor) return;
    const owner = groups.findIndex((o) => o !== g && sameWord(o.key[o.key.length - 1]!, normalizeWord(possessor)));
    if (owner >= 0) fact.side = facts[owner]!.side;
  });
}
