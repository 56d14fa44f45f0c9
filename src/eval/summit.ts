/**
 * The summit question set (shared eval/summit-questions.json) against the corpus: hit@1 (the
 * first citation's excerpt, at most 400 characters, holds an expected string), unanswerable
 * questions answered found=false, /who, /when and /topics expectations. Plain MiniSearch is
 * scored on the same hit@1 work (its first passage, cut to 400 characters) and on the
 * unanswerable questions (it always returns something, so it never declines).
 */
import { readFileSync } from 'node:fs';
import type { Source } from '../engine/types.js';
import { Library, ask, answerWho, answerWhen, answerTopics } from '../engine/index.js';
import { PlainSearch } from './plain.js';
import { mean } from './metrics.js';

interface SummitSet {
  ask: Array<{ lang: 'id' | 'en'; q: string; any: string[] }>;
  unanswerable: Array<{ q: string }>;
  who: { must: string[]; exactly: boolean };
  when: { found: boolean; mentions: string[] };
  topics: { atLeast: number; anyOf: string[] };
}

export interface SummitScores {
  hit1: { id: number; en: number; all: number; plainId: number; plainEn: number; plainAll: number };
  misses: string[];
  unanswerable: { declined: number; total: number; plainDeclined: number };
  who: { ok: boolean; names: string[] };
  when: { ok: boolean; found: boolean; texts: string[] };
  topics: { ok: boolean; matched: string[]; labels: string[] };
}

const contains = (text: string, any: string[]) => any.some((a) => text.toLowerCase().includes(a.toLowerCase()));

export function scoreSummit(setPath: string, sources: Source[]): SummitScores {
  const set = JSON.parse(readFileSync(setPath, 'utf8')) as SummitSet;
  const library = new Library();
  for (const s of sources) library.add(s);
  const passages = library.sources().flatMap((s) => s.passages);
  const plain = new PlainSearch(passages);
  const textOf = new Map(passages.map((p) => [p.key, p.text]));

  const misses: string[] = [];
  const rows = set.ask.map((item) => {
    const answer = ask(library, item.q);
    const ok = answer.found && contains(answer.citations[0]?.excerpt ?? '', item.any);
    if (!ok) misses.push(item.q);
    const plainTop = plain.search(item.q, 1)[0];
    const plainOk = plainTop !== undefined && contains((textOf.get(plainTop) ?? '').slice(0, 400), item.any);
    return { lang: item.lang, ok: ok ? 1 : 0, plain: plainOk ? 1 : 0 };
  });
  const by = (lang: string | null, key: 'ok' | 'plain') => mean(rows.filter((r) => !lang || r.lang === lang).map((r) => r[key]));

  const declined = set.unanswerable.filter((u) => !ask(library, u.q).found).length;
  const plainDeclined = set.unanswerable.filter((u) => plain.search(u.q, 1).length === 0).length;

  const who = answerWho(library, null);
  const names = who.people.map((p) => p.name);
  const whoOk = set.who.must.every((n) => names.includes(n)) && (!set.who.exactly || names.length === set.who.must.length);

  const when = answerWhen(library, null);
  const texts = when.dates.map((d) => d.text);
  const whenOk = when.found === set.when.found && set.when.mentions.every((m) => texts.some((t) => t.includes(m)));

  const topics = answerTopics(library, null);
  const labels = topics.topics.map((t) => t.label);
  const matched = set.topics.anyOf.filter((a) => labels.some((l) => l.toLowerCase().includes(a.toLowerCase())));

  return {
    hit1: { id: by('id', 'ok'), en: by('en', 'ok'), all: by(null, 'ok'), plainId: by('id', 'plain'), plainEn: by('en', 'plain'), plainAll: by(null, 'plain') },
    misses,
    unanswerable: { declined, total: set.unanswerable.length, plainDeclined },
    who: { ok: whoOk, names },
    when: { ok: whenOk, found: when.found, texts },
    topics: { ok: matched.length >= set.topics.atLeast, matched, labels },
  };
}
