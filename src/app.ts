/**
 * The application both front ends share: the base corpus in one library, each server's own
 * sources in another, and the answer functions over the two combined. Files are read once here,
 * at start; answering is pure engine work.
 */
import { answerTopics, answerWhen, answerWho, ask, combine, knownTopics, Library } from './engine/index.js';
import type { SearchableView } from './engine/index.js';
import type { AskAnswer, Passage, Source, SourceMeta, TopicsAnswer, WhenAnswer, WhoAnswer } from './engine/types.js';
import type { Logger } from './log.js';
import { loadCorpus } from './sources/corpus.js';
import { SourceStore } from './sources/store.js';

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

export interface AppOptions {
  corpusDir: string;
  dataDir: string;
  log: Logger;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { corpusDir, dataDir, log } = options;
  const started = performance.now();
  // Sources added for every server ("global") join the base corpus; a server's own stay apart.
  const base = new Library();
  const corpus = await loadCorpus(corpusDir);
  addAll(base, corpus.sources, corpus.warnings, log);
  const store = new SourceStore(dataDir);
  const guilds = new Map<string, Library>();
  for (const scope of await store.scopes()) {
    const loaded = await store.list(scope === 'global' ? null : scope);
    const library = scope === 'global' ? base : new Library();
    addAll(library, loaded.sources, loaded.warnings, log, scope === 'global' ? undefined : base);
    if (scope !== 'global') guilds.set(scope, library);
  }
  log.info(
    { sources: base.sources().length, servers: guilds.size, ms: Math.round(performance.now() - started) },
    `Loaded ${base.sources().length} base source(s) from ${corpusDir} and ${dataDir}`,
  );

  const views = new Map<string, SearchableView>();
  const view = (scope: Scope): SearchableView => {
    const own = scope.guildId === null ? undefined : guilds.get(scope.guildId);
    if (!own) return base;
    let combined = views.get(scope.guildId!);
    if (!combined) views.set(scope.guildId!, (combined = combine(base, own)));
    return combined;
  };

  return {
    ask: (question, scope) => ask(view(scope), question),
    who: (question, scope) => answerWho(view(scope), question),
    when: (question, scope) => answerWhen(view(scope), question),
    topics: (filter, scope) => answerTopics(view(scope), filter),
    knownTopics: (typed, scope) => knownTopics(view(scope), typed),
    passage: (sourceId, number, scope) => view(scope).passage(sourceId, number),
  };
}

/** Indexes `sources` into `library`, skipping (with a warning) ids already taken in `library` or `also`. */
function addAll(library: Library, sources: Source[], warnings: string[], log: Logger, also?: Library): void {
  for (const warning of warnings) log.warn(warning);
  for (const source of sources) {
    if (library.has(source.id) || also?.has(source.id)) {
      log.warn(`Source "${source.id}" is skipped: a source with that id is already loaded`);
      continue;
    }
    library.add(source);
  }
}
