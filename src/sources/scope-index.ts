/**
 * One scope's sources in memory: the engine's library, and for each source the file it came from
 * and its hashes (for snapshots and for catching a text sent twice). Loading reads every source
 * file of the scope and hashes it; the snapshot is used when it was built from exactly those
 * files, else the scope is indexed again from them. Synchronous on purpose: answering a question
 * is synchronous, and a server's sources may have to be loaded in the middle of one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../engine/library.js';
import type { IndexedSource, Source } from '../engine/types.js';
import { parseStored, SourceFormatError } from './front-matter.js';
import { binaryReason, isSourceFileName, MAX_SOURCE_BYTES, sourceIdOf } from './read.js';
import { fileHash, readRecordSync, textHash, type SourceRecord } from './records.js';
import { engineFingerprint, filesDiffer, readSnapshotSync, SNAPSHOT_FORMAT, type ScopeSnapshot } from './snapshot.js';

export type FolderOrigin = 'corpus' | 'data';

export interface ScopeEntry {
  id: string;
  origin: FolderOrigin;
  /** `<origin>/<file name>` */
  file: string;
  sha256: string;
  textSha256: string;
  /** Who added it and when; null for the base corpus and for files placed by hand. */
  record: SourceRecord | null;
}

export class ScopeIndex {
  readonly entries = new Map<string, ScopeEntry>();
  /** Files that did not load, kept so the snapshot still describes the whole folder. */
  readonly skipped = new Map<string, { sha256: string; warning: string }>();

  constructor(readonly key: string, readonly library: Library = new Library()) {}

  add(source: Source, entry: ScopeEntry): IndexedSource {
    const indexed = this.library.add(source);
    this.entries.set(source.id, entry);
    return indexed;
  }

  remove(id: string): boolean {
    this.entries.delete(id);
    return this.library.remove(id);
  }

  get(id: string): { entry: ScopeEntry; indexed: IndexedSource } | undefined {
    const entry = this.entries.get(id);
    const indexed = this.library.get(id);
    return entry && indexed ? { entry, indexed } : undefined;
  }

  withText(textSha256: string): ScopeEntry | undefined {
    for (const entry of this.entries.values()) if (entry.textSha256 === textSha256) return entry;
    return undefined;
  }

  files(): Array<[string, string]> {
    const files: Array<[string, string]> = [...this.entries.values()].map((e) => [e.file, e.sha256]);
    for (const [file, { sha256 }] of this.skipped) files.push([file, sha256]);
    return files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  toSnapshot(): ScopeSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      engine: engineFingerprint(),
      scope: this.key,
      files: this.files(),
      sources: [...this.entries.values()].map(({ id, file, sha256, textSha256 }) => ({ id, file, sha256, textSha256 })),
      warnings: [...this.skipped.values()].map((s) => s.warning),
      library: this.library.toSnapshot(),
    };
  }
}

export interface ScopeFolder {
  dir: string;
  origin: FolderOrigin;
}

export interface LoadScopeInput {
  key: string;
  folders: ScopeFolder[];
  snapshotPath: string;
  /** Ids already taken where this scope is seen (a server's sources sit on top of the base). */
  reserved?: (id: string) => boolean;
}

export interface LoadedScope {
  scope: ScopeIndex;
  /** Null when the snapshot was used; else why the scope was indexed from its files. */
  rebuilt: string | null;
  warnings: string[];
}

interface FileRead {
  file: string;
  path: string;
  dir: string;
  origin: FolderOrigin;
  name: string;
  bytes: Buffer;
  sha256: string;
}

export function loadScope(input: LoadScopeInput): LoadedScope {
  const reads = input.folders.flatMap(readFolder);
  const files = reads.map((r): [string, string] => [r.file, r.sha256]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const saved = readSnapshotSync(input.snapshotPath);
  let reason = saved.ok ? filesDiffer(saved.snapshot.files, files) : saved.reason;
  if (saved.ok && reason === null) {
    const { snapshot } = saved;
    if (snapshot.scope !== input.key) reason = 'the snapshot is of another scope';
    else if (input.reserved && snapshot.sources.some((s) => input.reserved!(s.id))) reason = 'a base source now has the id of one of these';
    else {
      try {
        return fromSnapshot(input.key, snapshot, reads);
      } catch {
        reason = 'snapshot damaged';
      }
    }
  }
  return { ...fromFiles(input, reads), rebuilt: reason };
}

function readFolder(folder: ScopeFolder): FileRead[] {
  let names: string[];
  try {
    names = readdirSync(folder.dir, { withFileTypes: true }).filter((e) => (e.isFile() || e.isSymbolicLink()) && isSourceFileName(e.name)).map((e) => e.name).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(folder.dir, name);
    try {
      const bytes = readFileSync(path);
      return [{ file: `${folder.origin}/${name}`, path, dir: folder.dir, origin: folder.origin, name, bytes, sha256: fileHash(bytes) }];
    } catch {
      return [];
    }
  });
}

function fromSnapshot(key: string, snapshot: ScopeSnapshot, reads: FileRead[]): LoadedScope {
  const scope = new ScopeIndex(key, Library.fromSnapshot(snapshot.library));
  const byFile = new Map(reads.map((r) => [r.file, r]));
  for (const s of snapshot.sources) {
    const read = byFile.get(s.file)!;
    scope.entries.set(s.id, { ...s, origin: read.origin, record: recordOf(read, s.id) });
    byFile.delete(s.file);
  }
  // What is left did not load when the snapshot was made, for the reasons it kept.
  const warnings = [...snapshot.warnings];
  for (const [file, read] of byFile) scope.skipped.set(file, { sha256: read.sha256, warning: warnings.find((w) => w.startsWith(read.path)) ?? `${read.path}: skipped` });
  return { scope, rebuilt: null, warnings };
}

function fromFiles(input: LoadScopeInput, reads: FileRead[]): Omit<LoadedScope, 'rebuilt'> {
  const scope = new ScopeIndex(input.key);
  const warnings: string[] = [];
  const skip = (read: FileRead, warning: string) => {
    warnings.push(warning);
    scope.skipped.set(read.file, { sha256: read.sha256, warning });
  };
  for (const read of reads) {
    const id = sourceIdOf(read.name);
    if (scope.entries.has(id) || input.reserved?.(id)) {
      skip(read, `${read.path}: skipped: a source with id "${id}" is already loaded`);
      continue;
    }
    if (read.bytes.length > MAX_SOURCE_BYTES) {
      skip(read, `${read.path}: skipped: it is ${read.bytes.length} bytes; at most ${MAX_SOURCE_BYTES} are allowed`);
      continue;
    }
    const binary = binaryReason(read.bytes);
    if (binary) {
      skip(read, `${read.path}: skipped: ${binary}`);
      continue;
    }
    try {
      const { source } = parseStored(id, read.bytes.toString('utf8'));
      scope.add(source, { id, origin: read.origin, file: read.file, sha256: read.sha256, textSha256: textHash(source.body), record: recordOf(read, id) });
    } catch (error) {
      if (!(error instanceof SourceFormatError)) throw error;
      skip(read, `${read.path}:${error.line}: skipped: ${error.reason}`);
    }
  }
  return { scope, warnings };
}

function recordOf(read: FileRead, id: string): SourceRecord | null {
  return read.origin === 'data' ? readRecordSync(join(read.dir, `${id}.json`)) : null;
}
