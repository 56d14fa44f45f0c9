/**
 * The application both front ends share: the base corpus (and sources added for every server) in
 * one library, each server's own sources in another, and the answer functions over the two
 * combined. A server's library is loaded on its first question (from its snapshot, or indexed
 * from its files) and may be evicted under the memory budget. Moderators' changes go through
 * `sources` (the catalog), which updates the live libraries incrementally: the next question
 * already sees them.
 */
import { answerTopics, answerWhen, answerWho, ask, combine, knownTopics } from './engine/index.js';
import type { Library, SearchableView } from './engine/index.js';
import type { AskAnswer, Passage, SourceMeta, TopicsAnswer, WhenAnswer, WhoAnswer } from './engine/types.js';
import type { Logger } from './log.js';
import { SourceCatalog } from './sources/catalog.js';
import type { StepHook } from './sources/store.js';

export interface Scope {
  guildId: string | null;
}

export interface App {
  ask(question: string, scope: Scope): AskAnswer;
  who(question: string | null, scope: Scope): WhoAnswer;
  when(question: string | null, scope: Scope): WhenAnswer;
  topics(filter: string | null, scope: Scope): TopicsAnswer;
  knownTopics(typed: string, scope: Scope): string[];
  passage(sourceId: string, number: number, scope: Scope): { meta: SourceMeta; passage: Passage } | undefined;
}

/** The app as started: answers, plus the sources moderators manage and a clean shutdown. */
export interface LiveApp extends App {
  readonly sources: SourceCatalog;
  /** Finishes changes in flight and writes pending index snapshots. */
  close(): Promise<void>;
}

export interface AppOptions {
  corpusDir: string;
  dataDir: string;
  log: Logger;
  /** GUILD_INDEX_BUDGET_MB: memory for servers' own indexes, all together (default 64). */
  guildIndexBudgetMb?: number;
  /** SOURCE_RETENTION_DAYS: how long a removed source stays restorable (default 30). */
  sourceRetentionDays?: number;
  /** Called as each write step completes (crash tests stop the process there). */
  onStep?: StepHook;
  /** How long after a change the index snapshot is written (default 1 s). */
  snapshotDelayMs?: number;
}

export async function createApp(options: AppOptions): Promise<LiveApp> {
  const { corpusDir, dataDir, log } = options;
  const started = performance.now();
  const sources = await SourceCatalog.open({
    corpusDir,
    dataDir,
    log,
    budgetBytes: (options.guildIndexBudgetMb ?? 64) * 1024 * 1024,
    retentionDays: options.sourceRetentionDays ?? 30,
    onStep: options.onStep,
    snapshotDelayMs: options.snapshotDelayMs,
  });
  log.info(
    { sources: sources.baseCount(), ms: Math.round(performance.now() - started) },
    `Loaded ${sources.baseCount()} base source(s) from ${corpusDir} and ${dataDir}`,
  );

  const base = sources.base.library;
  // The people roster, the time list and the merged topics are built per view on first use;
  // building the base corpus's now keeps that cost off the first member's question.
  answerWho(base, null);
  answerWhen(base, null);
  answerTopics(base, null);
  // One combined view per server library object, so answer caches keyed by view keep working.
  const views = new WeakMap<Library, SearchableView>();
  const view = (scope: Scope): SearchableView => {
    const own = scope.guildId === null ? null : sources.scope(scope.guildId)?.library;
    if (!own) return base;
    let combined = views.get(own);
    if (!combined) views.set(own, (combined = combine(base, own)));
    return combined;
  };

  return {
    sources,
    ask: (question, scope) => ask(view(scope), question),
    who: (question, scope) => answerWho(view(scope), question),
    when: (question, scope) => answerWhen(view(scope), question),
    topics: (filter, scope) => answerTopics(view(scope), filter),
    knownTopics: (typed, scope) => knownTopics(view(scope), typed),
    passage: (sourceId, number, scope) => view(scope).passage(sourceId, number),
    close: () => sources.close(),
  };
}
