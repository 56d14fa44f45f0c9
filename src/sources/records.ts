/**
 * A stored source's record (`<id>.json` next to `<id>.md`): who added it, when, and hashes of what
 * was stored. Everything in it can be rebuilt from the source file (whose front matter also names
 * who added it and when), so a record lost to a crash is recovered, never guessed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export type Origin = { kind: 'file'; name: string } | { kind: 'text' } | { kind: 'found' };

export interface SourceRecord {
  id: string;
  guild: string | null;
  /** sha256 of the stored file's bytes. */
  sha256: string;
  /** sha256 of the body with whitespace and case folded: the same article sent again is caught. */
  textSha256: string;
  bytes: number;
  addedBy: string;
  addedAt: string;
  /** How it came: an uploaded file (its name), pasted text, or found on disk without a record. */
  origin: Origin;
  removedBy?: string;
  removedAt?: string;
  restoredBy?: string;
  restoredAt?: string;
}

/** Front matter keys a stored source carries besides the corpus format's own. */
export const ADDED_BY = 'added_by';
export const ADDED_AT = 'added_at';

export const UNKNOWN_USER = 'unknown';

export function fileHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function textHash(body: string): string {
  return createHash('sha256').update(body.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

export function serializeRecord(record: SourceRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A record from its JSON, or null when it is damaged or not one. */
export function parseRecord(text: string): SourceRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const r = value as Partial<SourceRecord> | null;
  const strings = [r?.id, r?.sha256, r?.textSha256, r?.addedBy, r?.addedAt];
  if (!r || strings.some((s) => typeof s !== 'string') || typeof r.bytes !== 'number' || typeof r.origin !== 'object' || r.origin === null) return null;
  return r as SourceRecord;
}

export async function readRecord(path: string): Promise<SourceRecord | null> {
  try {
    return parseRecord(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

export function readRecordSync(path: string): SourceRecord | null {
  try {
    return parseRecord(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
