/**
 * `sources list|add|show|remove|restore` for operators: the data folder's sources, managed from
 * the command line (and listed from the console). Changes go through the same catalog the bot
 * uses, so the audit log, the records and the index snapshots stay in step. Returns plain result
 * values; the renderers present them.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { SourceMeta } from '../engine/types.js';
import { sourceCard } from '../sources/card.js';
import type { SourceCatalog } from '../sources/catalog.js';
import type { AddOptions } from '../sources/intake.js';
import { SourceProblemError } from '../sources/problems.js';
import type { SourceStore } from '../sources/store.js';

export interface SourceSummary extends SourceMeta {
  addedBy: string | null;
  addedAt: string | null;
}

export interface AddedSource extends SourceSummary {
  passages: number;
  people: string[];
  dates: string[];
}

export type SourcesResult =
  | { command: 'sources'; action: 'list'; scope: string; sources: SourceSummary[]; warnings: string[] }
  | { command: 'sources'; action: 'add'; scope: string; source: AddedSource }
  | { command: 'sources'; action: 'remove'; scope: string; source: SourceSummary; restorableUntil?: string };

/** The command line's further actions (the console lists only). */
export type SourcesOutcome =
  | SourcesResult
  | { command: 'sources'; action: 'show'; scope: string; source: AddedSource & { shared: boolean }; passages: Array<{ number: number; text: string }> }
  | { command: 'sources'; action: 'restore'; scope: string; source: AddedSource };

const scopeName = (guildId: string | null): string => guildId ?? 'global';

/** Flags are named as typed on the command line. */
const flag = (field: string) => `--${field}`;

/** Who did it, for the audit log: the operator's login on this machine. */
export function operator(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Read from the files alone (the console lists without loading any index). */
export async function listSources(store: SourceStore, guildId: string | null): Promise<SourcesResult> {
  const { sources, warnings } = await store.list(guildId);
  return { command: 'sources', action: 'list', scope: scopeName(guildId), sources, warnings };
}

/** The id is the file's name, as for corpus/; the ids and texts every server sees stay unique. */
export async function addSource(catalog: SourceCatalog, file: string, flags: AddOptions, guildId: string | null, user = operator()): Promise<SourcesOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new SourceProblemError({ kind: 'unreadable', name: file, code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const added = await catalog.add({ guildId, userId: user, upload: { kind: 'file', name: basename(file), bytes }, options: flags, naming: 'file-name', label: flag });
  return { command: 'sources', action: 'add', scope: scopeName(guildId), source: addedSummary(added) };
}

export async function showSource(catalog: SourceCatalog, id: string, guildId: string | null, passages = 3): Promise<SourcesOutcome> {
  const found = catalog.get(guildId, id);
  if (!found) throw new SourceProblemError({ kind: 'unknown-id', id });
  const card = sourceCard(found);
  return {
    command: 'sources',
    action: 'show',
    scope: scopeName(guildId),
    source: { ...addedSummary(found), shared: card.shared },
    passages: found.indexed.passages.slice(0, passages).map((p) => ({ number: p.number, text: p.text })),
  };
}

export async function removeSource(catalog: SourceCatalog, id: string, guildId: string | null, user = operator()): Promise<SourcesOutcome> {
  const removed = await catalog.remove(guildId, id, user);
  const source: SourceSummary = { ...removed.meta, addedBy: removed.record.addedBy, addedAt: removed.record.addedAt };
  return { command: 'sources', action: 'remove', scope: scopeName(guildId), source, restorableUntil: removed.restorableUntil.toISOString().slice(0, 10) };
}

export async function restoreSource(catalog: SourceCatalog, id: string, guildId: string | null, user = operator()): Promise<SourcesOutcome> {
  const restored = await catalog.restore(guildId, id, user);
  return { command: 'sources', action: 'restore', scope: scopeName(guildId), source: addedSummary(restored) };
}

function addedSummary(source: Parameters<typeof sourceCard>[0]): AddedSource {
  const { shared: _shared, ...card } = sourceCard(source, 10);
  return card;
}

/** Text for the actions the console's renderer does not know (show, restore); null for the others. */
export function renderSourcesOutcome(r: SourcesOutcome): string | null {
  const about = (s: AddedSource) => [
    `${s.id}: ${s.title} (${s.lang}${s.published ? `, ${s.published}` : ''})${s.url ? ` ${s.url}` : ''}`,
    `  ${s.passages} passage(s)${s.addedBy ? `; added by ${s.addedBy} on ${s.addedAt?.slice(0, 10)}` : ''}`,
    `  people: ${s.people.join(', ') || 'none found'}`,
    `  dates: ${s.dates.join(', ') || 'none found'}`,
  ];
  switch (r.action) {
    case 'show':
      return [...about(r.source), ...(r.source.shared ? ['  (a base source: every server sees it)'] : []), '', ...r.passages.map((p) => `[${p.number}] ${p.text}`)].join('\n');
    case 'restore':
      return ['Restored', ...about(r.source)].join('\n');
    default:
      return null;
  }
}
