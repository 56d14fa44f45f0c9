/**
 * Timing every command on one library with the fixed question set: first calls (which may build
 * per-view caches), then p50/p99 over repeated rounds, and answers per second for a mixed round.
 */
import { answerTopics, answerWhen, answerWho, ask, type SearchableView } from '../engine/index.js';
import { ASK_QUESTIONS, TOPICS_FILTERS, WHEN_QUESTIONS, WHO_QUESTIONS } from './questions.js';
import { sampleLatency, summarize, timeOnce } from './measure.js';
import type { OursFigures } from './protocol.js';

/** The commands without a question are cheap and single: repeat them more for a stable p99. */
const SINGLE_REPEAT = 20;

type Timed = Pick<OursFigures, 'firstCallMs' | 'latency' | 'askFound' | 'answersPerSecond'>;

export function timeAnswers(view: SearchableView, rounds: number): Timed {
  const firstCallMs = {
    ask: timeOnce(() => ask(view, ASK_QUESTIONS[0]!.text)),
    who: timeOnce(() => answerWho(view, null)),
    when: timeOnce(() => answerWhen(view, null)),
    topics: timeOnce(() => answerTopics(view, null)),
  };
  const askIn = (lang: string) => ASK_QUESTIONS.filter((q) => q.lang === lang).map((q) => q.text);
  const withQuestion = <T>(items: readonly (T | null)[]) => items.filter((x): x is T => x !== null);
  const askId = sampleLatency(askIn('id'), (q) => ask(view, q), rounds);
  const askEn = sampleLatency(askIn('en'), (q) => ask(view, q), rounds);
  const samples = {
    askId,
    askEn,
    ask: [...askId, ...askEn],
    whoAll: sampleLatency([null], (q) => answerWho(view, q), rounds * SINGLE_REPEAT),
    whoQuestion: sampleLatency(withQuestion(WHO_QUESTIONS), (q) => answerWho(view, q), rounds),
    whenAll: sampleLatency([null], (q) => answerWhen(view, q), rounds * SINGLE_REPEAT),
    whenQuestion: sampleLatency(withQuestion(WHEN_QUESTIONS), (q) => answerWhen(view, q), rounds),
    topicsAll: sampleLatency([null], (q) => answerTopics(view, q), rounds * SINGLE_REPEAT),
    topicsFilter: sampleLatency(withQuestion(TOPICS_FILTERS), (q) => answerTopics(view, q), rounds),
  };
  const latency = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)])) as Timed['latency'];
  const found = ASK_QUESTIONS.filter((q) => ask(view, q.text).found).length;
  return { firstCallMs, latency, askFound: { found, asked: ASK_QUESTIONS.length }, answersPerSecond: answersPerSecond(latency) };
}

/** One mixed round: every question of every command once (each no-question form once), on one core. */
function answersPerSecond(l: Timed['latency']): number {
  const groups: Array<[number, number]> = [
    [ASK_QUESTIONS.length, l.ask.mean],
    [1, l.whoAll.mean],
    [WHO_QUESTIONS.length - 1, l.whoQuestion.mean],
    [1, l.whenAll.mean],
    [WHEN_QUESTIONS.length - 1, l.whenQuestion.mean],
    [1, l.topicsAll.mean],
    [TOPICS_FILTERS.length - 1, l.topicsFilter.mean],
  ];
  const count = groups.reduce((a, [n]) => a + n, 0);
  const ms = groups.reduce((a, [n, mean]) => a + n * mean, 0);
  return (count / ms) * 1000;
}
