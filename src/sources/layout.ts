/**
 * Where everything the program writes lives, under the data folder:
 *
 *   sources/<scope>/<id>.md                 an added source, in the corpus/ format
 *   sources/<scope>/<id>.json               its record: who added it, when, the sha256 of the file
 *   removed/<scope>/<id>.<stamp>.md|.json   a removed source and its record, restorable until purged
 *   index/<scope>.json                      the scope's index snapshot (a cache: the files are the truth)
 *   audit.jsonl                             every add, remove, restore and purge, one JSON line each
 *
 * A scope is a server id, or "global" for sources every server sees (added from the command line).
 */
import { join } from 'node:path';
import { UserError } from '../errors.js';

export const GLOBAL = 'global';

/** The scope's folder name; refuses anything but a server id, so no input can escape the data folder. */
export function scopeKey(guildId: string | null): string {
  if (guildId === null) return GLOBAL;
  if (!/^\d{1,20}$/.test(guildId)) throw new UserError(`"${guildId}" is not a server id (digits only)`);
  return guildId;
}

export function guildOf(key: string): string | null {
  return key === GLOBAL ? null : key;
}

export function isScopeKey(name: string): boolean {
  return name === GLOBAL || /^\d{1,20}$/.test(name);
}

export class Layout {
  constructor(readonly dataDir: string) {}

  get audit(): string {
    return join(this.dataDir, 'audit.jsonl');
  }

  sourcesDir(key: string): string {
    return join(this.dataDir, 'sources', key);
  }

  removedDir(key: string): string {
    return join(this.dataDir, 'removed', key);
  }

  snapshot(key: string): string {
    return join(this.dataDir, 'index', `${key}.json`);
  }

  sourceFile(key: string, id: string): string {
    return join(this.sourcesDir(key), `${id}.md`);
  }

  recordFile(key: string, id: string): string {
    return join(this.sourcesDir(key), `${id}.json`);
  }

  removedFile(key: string, id: string, stamp: string, ext: 'md' | 'json'): string {
    return join(this.removedDir(key), `${id}.${stamp}.${ext}`);
  }
}

/** A time as a file-name-safe stamp that sorts in time order: 20250816T101500123Z. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function dateOfStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `<id>.<stamp>.md|json` in a removed folder, or null for anything else. */
export function parseRemovedName(name: string): { id: string; stamp: string; ext: 'md' | 'json'; removedAt: Date } | null {
  const m = /^(.+)\.(\d{8}T\d{9}Z)\.(md|json)$/.exec(name);
  if (!m || name.startsWith('.')) return null;
  const removedAt = dateOfStamp(m[2]!);
  return removedAt ? { id: m[1]!, stamp: m[2]!, ext: m[3] as 'md' | 'json', removedAt } : null;
}
