/**
 * The audit log: one JSON line per change to the stored sources, appended and flushed, never
 * rewritten. Readers skip a line they cannot parse (the torn tail of a crash), so one bad line
 * never hides the others.
 */
import { readFile } from 'node:fs/promises';
import { appendLine } from './atomic.js';

export type AuditAction = 'add' | 'remove' | 'restore' | 'purge';

export interface AuditEntry {
  time: string;
  /** The server, or null for the global scope. */
  guild: string | null;
  user: string;
  action: AuditAction;
  source: string;
  sha256: string;
  title?: string;
  /** Written at start-up for a change whose own line a crash prevented. */
  recovered?: true;
}

export class AuditLog {
  /** Appends from one process go out one at a time, each line whole. */
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  append(entry: AuditEntry): Promise<void> {
    const line = JSON.stringify(entry);
    const next = this.tail.then(() => appendLine(this.path, line));
    this.tail = next.catch(() => undefined);
    return next;
  }

  async read(): Promise<AuditEntry[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const entry = JSON.parse(line) as AuditEntry;
        if (entry && typeof entry.action === 'string' && typeof entry.source === 'string') entries.push(entry);
      } catch {
        // A torn line from a crash mid-append: the rest of the log still counts.
      }
    }
    return entries;
  }

  /** The latest entry about one source of one scope. */
  async last(guild: string | null, source: string): Promise<AuditEntry | undefined> {
    const entries = await this.read();
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (e.guild === guild && e.source === source) return e;
    }
    return undefined;
  }
}
