/**
 * The data folder's writes (layout.ts says where things go). Each change is a fixed sequence of
 * atomic steps ordered so that one file decides whether it happened, and every state a crash can
 * leave between two steps is one that start-up recovery (recover.ts) completes:
 *
 *   add      source file (the decision) → audit line → record
 *   remove   removed record → source file moved to removed/ (the decision) → audit line → record deleted
 *   restore  source file linked back (the decision) → removed copy unlinked → audit line → record → removed record deleted
 *
 * `onStep` names each step as it completes; tests use it to kill the process there.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source, SourceMeta } from '../engine/types.js';
import { moveFile, moveFileExclusive, removeFile, writeFileAtomic } from './atomic.js';
import { AuditLog } from './audit.js';
import { loadCorpus } from './corpus.js';
import { formatSource, parseStored } from './front-matter.js';
import { guildOf, isScopeKey, Layout, parseRemovedName, scopeKey, stampOf } from './layout.js';
import { SourceProblemError } from './problems.js';
import { ADDED_AT, ADDED_BY, fileHash, readRecord, serializeRecord, textHash, type Origin, type SourceRecord } from './records.js';

export type { AddOptions } from './intake.js';

export type WriteStep =
  | 'source-temp' | 'source' | 'audit' | 'record'
  | 'remove-record' | 'remove-move' | 'remove-audit'
  | 'restore-link' | 'restore-audit'
  | 'snapshot-temp' | 'snapshot';
export type StepHook = (step: WriteStep) => void;

export interface RemovedSource {
  id: string;
  stamp: string;
  removedAt: Date;
  /** The removed record; null when only the file survived. */
  record: SourceRecord | null;
  title: string;
}

export interface StoredSummary extends SourceMeta {
  addedBy: string | null;
  addedAt: string | null;
}

export class SourceStore {
  readonly layout: Layout;
  readonly audit: AuditLog;
  readonly step: StepHook;

  constructor(readonly dataDir: string, options: { onStep?: StepHook } = {}) {
    this.layout = new Layout(dataDir);
    this.audit = new AuditLog(this.layout.audit);
    this.step = options.onStep ?? (() => undefined);
  }

  /** The folder of one scope's sources: a server's, or "global" for every server. */
  folder(guildId: string | null): string {
    return this.layout.sourcesDir(scopeKey(guildId));
  }

  /** Scope keys with a folder of sources ("global" and server ids), sorted. */
  async scopes(kind: 'sources' | 'removed' = 'sources'): Promise<string[]> {
    try {
      const entries = await readdir(join(this.dataDir, kind), { withFileTypes: true });
      return entries.filter((e) => e.isDirectory() && isScopeKey(e.name)).map((e) => e.name).sort();
    } catch {
      return [];
    }
  }

  /** The stored sources of a scope, read from disk (no index needed), with who added them. */
  async list(guildId: string | null): Promise<{ sources: StoredSummary[]; warnings: string[] }> {
    const key = scopeKey(guildId);
    const { sources, warnings } = await loadCorpus(this.layout.sourcesDir(key), { missingOk: true });
    const summaries = await Promise.all(sources.map(async ({ body: _body, ...meta }) => {
      const record = await readRecord(this.layout.recordFile(key, meta.id));
      return { ...meta, addedBy: record?.addedBy ?? null, addedAt: record?.addedAt ?? null };
    }));
    return { sources: summaries, warnings };
  }

  /** Stores a new source under `id`; refuses (id-taken) when the scope already has that file. */
  async add(key: string, source: Source, by: { user: string; at: Date; origin: Origin }): Promise<SourceRecord> {
    const addedAt = by.at.toISOString();
    const text = formatSource(source, { [ADDED_BY]: by.user, [ADDED_AT]: addedAt });
    const record: SourceRecord = {
      id: source.id, guild: guildOf(key), sha256: fileHash(text), textSha256: textHash(source.body),
      bytes: Buffer.byteLength(text), addedBy: by.user, addedAt, origin: by.origin,
    };
    try {
      await writeFileAtomic(this.layout.sourceFile(key, source.id), text, { exclusive: true, beforeCommit: () => this.step('source-temp') });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new SourceProblemError({ kind: 'id-taken', id: source.id });
      throw error;
    }
    this.step('source');
    await this.audit.append({ time: addedAt, guild: record.guild, user: by.user, action: 'add', source: source.id, sha256: record.sha256, title: source.title });
    this.step('audit');
    await writeFileAtomic(this.layout.recordFile(key, source.id), serializeRecord(record));
    this.step('record');
    return record;
  }

  /** Moves a source (stored as `fileName` in the scope's folder) to removed/; returns its removed record. */
  async remove(key: string, fileName: string, record: SourceRecord, by: { user: string; at: Date }): Promise<SourceRecord> {
    const stamp = stampOf(by.at);
    const removed: SourceRecord = { ...record, removedBy: by.user, removedAt: by.at.toISOString() };
    await writeFileAtomic(this.layout.removedFile(key, record.id, stamp, 'json'), serializeRecord(removed));
    this.step('remove-record');
    await moveFile(join(this.layout.sourcesDir(key), fileName), this.layout.removedFile(key, record.id, stamp, 'md'));
    this.step('remove-move');
    await this.audit.append({ time: removed.removedAt!, guild: record.guild, user: by.user, action: 'remove', source: record.id, sha256: record.sha256 });
    this.step('remove-audit');
    await removeFile(this.layout.recordFile(key, record.id));
    return removed;
  }

  /** Moves a removed source back; refuses (restore-clash) when its id is taken again. */
  async restore(key: string, entry: RemovedSource, by: { user: string; at: Date }): Promise<{ source: Source; record: SourceRecord }> {
    const from = this.layout.removedFile(key, entry.id, entry.stamp, 'md');
    const to = this.layout.sourceFile(key, entry.id);
    const { source, record: fromFile } = await this.readStored(key, from, entry.id);
    try {
      await moveFileExclusive(from, to, () => this.step('restore-link'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new SourceProblemError({ kind: 'restore-clash', id: entry.id });
      throw error;
    }
    const { removedBy: _by, removedAt: _at, ...kept } = entry.record ?? fromFile;
    const record: SourceRecord = { ...kept, sha256: fromFile.sha256, restoredBy: by.user, restoredAt: by.at.toISOString() };
    await this.audit.append({ time: record.restoredAt!, guild: record.guild, user: by.user, action: 'restore', source: entry.id, sha256: record.sha256, title: source.title });
    this.step('restore-audit');
    await writeFileAtomic(this.layout.recordFile(key, entry.id), serializeRecord(record));
    await removeFile(this.layout.removedFile(key, entry.id, entry.stamp, 'json'));
    return { source, record };
  }

  /** The scope's removed sources that can still be restored, newest first. */
  async removed(key: string): Promise<RemovedSource[]> {
    let names: string[];
    try {
      names = await readdir(this.layout.removedDir(key));
    } catch {
      return [];
    }
    const found: RemovedSource[] = [];
    for (const name of names) {
      const parsed = parseRemovedName(name);
      if (!parsed || parsed.ext !== 'md') continue;
      const record = await readRecord(this.layout.removedFile(key, parsed.id, parsed.stamp, 'json'));
      let title = parsed.id;
      try {
        title = (await this.readStored(key, this.layout.removedFile(key, parsed.id, parsed.stamp, 'md'), parsed.id)).source.title;
      } catch {
        // An unreadable removed file is still listed by id, so it can be restored and looked at.
      }
      found.push({ id: parsed.id, stamp: parsed.stamp, removedAt: parsed.removedAt, record, title });
    }
    return found.sort((a, b) => b.removedAt.getTime() - a.removedAt.getTime());
  }

  /** Deletes removed sources older than the retention period, with an audit line each. */
  async purge(retentionDays: number, now: Date): Promise<Array<{ key: string; id: string }>> {
    const cutoff = now.getTime() - retentionDays * 86_400_000;
    const purged: Array<{ key: string; id: string }> = [];
    for (const key of await this.scopes('removed')) {
      const names = await readdir(this.layout.removedDir(key)).catch(() => [] as string[]);
      for (const name of names) {
        const parsed = parseRemovedName(name);
        if (!parsed || parsed.removedAt.getTime() > cutoff) continue;
        if (parsed.ext === 'md') {
          const record = await readRecord(this.layout.removedFile(key, parsed.id, parsed.stamp, 'json'));
          await this.audit.append({ time: now.toISOString(), guild: guildOf(key), user: 'retention', action: 'purge', source: parsed.id, sha256: record?.sha256 ?? '' });
          purged.push({ key, id: parsed.id });
        }
        await removeFile(join(this.layout.removedDir(key), name));
      }
    }
    return purged;
  }

  /** A stored file as a source, and the record its own front matter and bytes imply. */
  async readStored(key: string, path: string, id: string): Promise<{ source: Source; record: SourceRecord }> {
    const bytes = await readFile(path);
    const { source, extra } = parseStored(id, bytes.toString('utf8'));
    const addedAt = extra[ADDED_AT] ?? (await stat(path)).mtime.toISOString();
    const record: SourceRecord = {
      id, guild: guildOf(key), sha256: fileHash(bytes), textSha256: textHash(source.body), bytes: bytes.length,
      addedBy: extra[ADDED_BY] ?? 'unknown', addedAt, origin: { kind: 'found' },
    };
    return { source, record };
  }
}
