/**
 * Start-up recovery: finishes any add, remove or restore that a crash interrupted, so the data
 * folder is back to a state the steps in store.ts can produce. The source files decide: a source
 * file in sources/ is there (its record and audit line are completed), a source file in removed/
 * is removed (the active record is cleared). Leftover temporary files of dead writers are deleted.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import { moveFile, removeFile, removeStaleTemps, writeFileAtomic } from './atomic.js';
import type { AuditAction } from './audit.js';
import { guildOf, parseRemovedName, stampOf } from './layout.js';
import { isSourceFileName, sourceIdOf } from './read.js';
import { readRecord, serializeRecord, type SourceRecord } from './records.js';
import type { SourceStore } from './store.js';

export async function recover(store: SourceStore, log: Logger, now = new Date()): Promise<void> {
  const keys = new Set([...(await store.scopes('sources')), ...(await store.scopes('removed'))]);
  await cleanTemps(join(store.dataDir, 'index'), log);
  for (const key of keys) {
    await cleanTemps(store.layout.sourcesDir(key), log);
    await cleanTemps(store.layout.removedDir(key), log);
    await recoverScope(store, key, log, now);
  }
}

async function cleanTemps(dir: string, log: Logger): Promise<void> {
  const removed = await removeStaleTemps(dir);
  if (removed.length > 0) log.warn({ dir, files: removed.length }, 'Deleted temporary files an interrupted write left behind');
}

interface RemovedRecord {
  stamp: string;
  record: SourceRecord;
  hasFile: boolean;
}

async function recoverScope(store: SourceStore, key: string, log: Logger, now: Date): Promise<void> {
  const { layout, audit } = store;
  const guild = guildOf(key);
  const names = await readdir(layout.sourcesDir(key)).catch(() => [] as string[]);
  const sources = new Map(names.filter(isSourceFileName).map((n) => [sourceIdOf(n), n]));
  const records = new Set(names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5)));
  const removed = await removedRecords(store, key);
  const removedMatch = (id: string, sha256: string | undefined) => removed.find((r) => r.record.id === id && r.record.sha256 === sha256);
  const audited = async (id: string, actions: AuditAction[], sha256: string) => {
    const last = await audit.last(guild, id);
    return last !== undefined && actions.includes(last.action) && last.sha256 === sha256;
  };

  // A source without its record: an add or restore stopped after its deciding step.
  for (const [id, name] of sources) {
    if (records.has(id)) continue;
    let found;
    try {
      found = await store.readStored(key, join(layout.sourcesDir(key), name), id);
    } catch {
      continue; // a malformed file placed by hand: loading reports it
    }
    const restored = removedMatch(id, found.record.sha256);
    const action = restored ? 'restore' : 'add';
    if (!(await audited(id, ['add', 'restore'], found.record.sha256))) {
      await audit.append({ time: now.toISOString(), guild, user: restored ? 'unknown' : found.record.addedBy, action, source: id, sha256: found.record.sha256, title: found.source.title, recovered: true });
    }
    let record = found.record;
    if (restored) {
      const { removedBy: _by, removedAt: _at, ...kept } = restored.record;
      record = { ...kept, restoredAt: now.toISOString(), restoredBy: 'unknown' };
    }
    await writeFileAtomic(layout.recordFile(key, id), serializeRecord(record));
    if (restored) {
      await removeFile(layout.removedFile(key, id, restored.stamp, 'md'));
      await removeFile(layout.removedFile(key, id, restored.stamp, 'json'));
    }
    log.warn({ scope: key, source: id, action }, `Recovered source "${id}": completed an interrupted ${action}`);
  }

  // A record without its source: a removal stopped after moving the file, or a file deleted by hand.
  for (const id of records) {
    if (sources.has(id)) continue;
    const path = layout.recordFile(key, id);
    const record = await readRecord(path);
    const gone = record ? removedMatch(id, record.sha256) : undefined;
    if (gone?.hasFile) {
      if (!(await audited(id, ['remove'], gone.record.sha256))) {
        await audit.append({ time: now.toISOString(), guild, user: gone.record.removedBy ?? 'unknown', action: 'remove', source: id, sha256: gone.record.sha256, recovered: true });
      }
      await removeFile(path);
      log.warn({ scope: key, source: id }, `Recovered source "${id}": completed an interrupted removal`);
    } else {
      await moveFile(path, layout.removedFile(key, id, stampOf(now), 'json'));
      log.warn({ scope: key, source: id }, `The record of source "${id}" has no source file; it was moved to the removed folder`);
    }
  }

  // A removed record of a source that is still active: a removal that never moved the file, or a
  // restore that stopped before deleting it.
  const activeRecords = new Map<string, SourceRecord | null>();
  for (const r of removed) {
    if (r.hasFile || !sources.has(r.record.id)) continue;
    if (!activeRecords.has(r.record.id)) activeRecords.set(r.record.id, await readRecord(layout.recordFile(key, r.record.id)));
    if (activeRecords.get(r.record.id)?.sha256 === r.record.sha256) await removeFile(layout.removedFile(key, r.record.id, r.stamp, 'json'));
  }
}

async function removedRecords(store: SourceStore, key: string): Promise<RemovedRecord[]> {
  const names = await readdir(store.layout.removedDir(key)).catch(() => [] as string[]);
  const files = new Set(names);
  const out: RemovedRecord[] = [];
  for (const name of names) {
    const parsed = parseRemovedName(name);
    if (!parsed || parsed.ext !== 'json') continue;
    const record = await readRecord(join(store.layout.removedDir(key), name));
    if (record) out.push({ stamp: parsed.stamp, record, hasFile: files.has(`${parsed.id}.${parsed.stamp}.md`) });
  }
  return out;
}
