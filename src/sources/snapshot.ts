/**
 * Index snapshots: a scope's library as indexing left it, saved so a start need not index every
 * source again. A snapshot is only a cache. It names the files it was built from (with their
 * sha256) and the engine code that built it; it is used only when both still match, else the
 * scope is rebuilt from its files and the reason is logged.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './atomic.js';

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotSource {
  id: string;
  /** `<origin>/<file name>`, as in `files`. */
  file: string;
  sha256: string;
  textSha256: string;
}

export interface ScopeSnapshot {
  format: number;
  /** Fingerprint of the engine code that built it: better extraction means indexing again. */
  engine: string;
  scope: string;
  /** Every source file of the scope, loaded or skipped, as [`<origin>/<name>`, sha256], sorted. */
  files: Array<[string, string]>;
  sources: SnapshotSource[];
  /** Why files were skipped, logged again when the snapshot is used. */
  warnings: string[];
  library: unknown;
}

export type SnapshotRead = { ok: true; snapshot: ScopeSnapshot } | { ok: false; reason: string };

export function readSnapshotSync(path: string): SnapshotRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no snapshot yet' : `snapshot unreadable (${code ?? String(error)})` };
  }
  let value: Partial<ScopeSnapshot>;
  try {
    value = JSON.parse(text) as Partial<ScopeSnapshot>;
  } catch {
    return { ok: false, reason: 'snapshot damaged (not JSON)' };
  }
  if (value?.format !== SNAPSHOT_FORMAT || !Array.isArray(value.files) || !Array.isArray(value.sources) || !Array.isArray(value.warnings) || typeof value.engine !== 'string' || !value.library) {
    return { ok: false, reason: 'snapshot damaged or from another version' };
  }
  if (value.engine !== engineFingerprint()) return { ok: false, reason: 'the engine changed since the snapshot' };
  return { ok: true, snapshot: value as ScopeSnapshot };
}

export async function writeSnapshot(path: string, snapshot: ScopeSnapshot, beforeCommit?: () => void): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(snapshot), { beforeCommit });
}

/** Why two file lists differ, or null when they are the same. */
export function filesDiffer(saved: ReadonlyArray<[string, string]>, current: ReadonlyArray<[string, string]>): string | null {
  const before = new Map(saved);
  const now = new Map(current);
  let changed = 0;
  for (const [name, sha] of now) if (before.get(name) !== sha) changed++;
  for (const name of before.keys()) if (!now.has(name)) changed++;
  return changed === 0 ? null : `${changed} source file(s) changed since the snapshot`;
}

let fingerprint: string | undefined;

/** The sha256 of the engine's source files; computed once per process (a few ms). */
export function engineFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const root = fileURLToPath(new URL('../engine/', import.meta.url));
  const hash = createHash('sha256');
  try {
    const names = (readdirSync(root, { recursive: true }) as string[]).filter((n) => /\.(ts|js|json)$/.test(n)).sort();
    for (const name of names) hash.update(name).update('\0').update(readFileSync(join(root, name))).update('\0');
    fingerprint = hash.digest('hex').slice(0, 16);
  } catch {
    // A packaged build without the engine's files: snapshots then trust the format version alone.
    fingerprint = `format-${SNAPSHOT_FORMAT}`;
  }
  return fingerprint;
}
