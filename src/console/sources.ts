/**
 * `sources list|add|remove` for operators: the data folder's sources, managed from the command
 * line or the console. Returns plain result values; the renderers present them.
 */
import type { Source, SourceMeta } from '../engine/types.js';
import { loadCorpus } from '../sources/corpus.js';
import { SourceStore, type AddOptions } from '../sources/store.js';

export type SourceSummary = SourceMeta;

export interface AddedSource extends SourceSummary {
  passages: number;
  people: string[];
  dates: string[];
}

export type SourcesResult =
  | { command: 'sources'; action: 'list'; scope: string; sources: SourceSummary[]; warnings: string[] }
  | { command: 'sources'; action: 'add'; scope: string; source: AddedSource }
  | { command: 'sources'; action: 'remove'; scope: string; source: SourceSummary };

const scopeName = (guildId: string | null): string => guildId ?? 'global';

function summary({ body: _body, ...meta }: Source): SourceSummary {
  return meta;
}

export async function listSources(store: SourceStore, guildId: string | null): Promise<SourcesResult> {
  const { sources, warnings } = await store.list(guildId);
  return { command: 'sources', action: 'list', scope: scopeName(guildId), sources: sources.map(summary), warnings };
}

/** Adds a file; the ids and texts of the base corpus (and, for a server, the global sources) stay unique. */
export async function addSource(store: SourceStore, corpusDir: string, file: string, flags: AddOptions, guildId: string | null): Promise<SourcesResult> {
  const others = (await loadCorpus(corpusDir, { missingOk: true })).sources;
  if (guildId !== null) others.push(...(await store.list(null)).sources);
  const source = await store.addFile(file, flags, guildId, others);
  // Index it once to tell the operator what the bot will find in it (the engine loads only here:
  // listing and removing never need it).
  const { Library } = await import('../engine/index.js');
  const indexed = new Library().add(source);
  return {
    command: 'sources',
    action: 'add',
    scope: scopeName(guildId),
    source: {
      ...summary(source),
      passages: indexed.passages.length,
      people: indexed.people.filter((p) => p.attended).map((p) => p.name),
      dates: [...new Set(indexed.times.map((t) => t.text))].slice(0, 10),
    },
  };
}

export async function removeSource(store: SourceStore, id: string, guildId: string | null): Promise<SourcesResult> {
  const source = await store.remove(id, guildId);
  return { command: 'sources', action: 'remove', scope: scopeName(guildId), source: summary(source) };
}
