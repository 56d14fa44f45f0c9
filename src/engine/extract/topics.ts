/**
 * The topics a source discusses, found once at index time. What the text itself lists as its
 * topics (enumerations) comes first; salient key phrases fill in for texts that list nothing.
 * Every topic's label is the verbatim slice passage.text.slice(start, end), so a citation can
 * point straight at it.
 */
import type { Lang, Passage, TopicFact } from '../types.js';
import { enumeratedItems } from './topics/enumeration.js';
import { keyPhrases } from './topics/keyphrases.js';
import { topicKey } from './topics/words.js';

/** Enumerated topics weigh at least this; key phrases weigh at most KEY_PHRASE_WEIGHT + 1. */
export const ENUMERATED_WEIGHT = 10;
const KEY_PHRASE_WEIGHT = 4;
const TOPIC_CUE_BONUS = 2;
const MAX_KEY_PHRASES = 8;

export function extractTopics(passages: Passage[], lang: Lang): TopicFact[] {
  const facts: TopicFact[] = [];
  const enumerated: string[] = [];
  passages.forEach((passage, index) => {
    const early = 1 - index / passages.length;
    for (const item of enumeratedItems(passage, lang)) {
      const label = passage.text.slice(item.start, item.end);
      facts.push({
        label,
        passage: passage.number,
        start: item.start,
        end: item.end,
        weight: ENUMERATED_WEIGHT + (item.topicCue ? TOPIC_CUE_BONUS : 0) + early,
        fromEnumeration: true,
      });
      enumerated.push(` ${topicKey(label)} `);
    }
  });
  const byNumber = new Map(passages.map((p) => [p.number, p]));
  for (const phrase of keyPhrases(passages, lang, MAX_KEY_PHRASES)) {
    // A phrase already listed, or part of a listed item ("terorisme global"), adds nothing.
    const key = ` ${topicKey(phrase.key)} `;
    if (enumerated.some((e) => e.includes(key))) continue;
    for (const occ of phrase.occurrences) {
      const passage = byNumber.get(occ.passage);
      if (!passage) continue;
      facts.push({
        label: passage.text.slice(occ.start, occ.end),
        passage: occ.passage,
        start: occ.start,
        end: occ.end,
        weight: 1 + KEY_PHRASE_WEIGHT * phrase.score,
        fromEnumeration: false,
      });
    }
  }
  return facts;
}
