/**
 * Loading a folder of source files. One bad file never stops the others: malformed front matter
 * is reported with the file and line, unreadable or binary files are skipped with a warning, and
 * everything else loads.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../engine/types.js';
import { UserError } from '../errors.js';
import { parseSource, SourceFormatError } from './front-matter.js';
import { isSourceFileName, readTextFile, sourceIdOf } from './read.js';

export interface LoadedCorpus {
  sources: Source[];
  /** One line per skipped file, naming it (and the line, for malformed front matter). */
  warnings: string[];
}

/** The source files in `dir`, sorted by name so ids and order are stable across machines. */
export async function listSourceFiles(dir: string, options: { missingOk?: boolean } = {}): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.missingOk) return [];
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(`The source folder "${dir}" does not exist or is not a folder`);
    throw new UserError(`The source folder "${dir}" cannot be read (${code ?? String(error)})`);
  }
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isSourceFileName(e.name))
    .map((e) => e.name)
    .sort();
}

export async function loadCorpus(dir: string, options: { missingOk?: boolean } = {}): Promise<LoadedCorpus> {
  const sources: Source[] = [];
  const warnings: string[] = [];
  const ids = new Map<string, string>();
  for (const name of await listSourceFiles(dir, options)) {
    const path = join(dir, name);
    const id = sourceIdOf(name);
    const earlier = ids.get(id);
    if (earlier) {
      warnings.push(`${path}: skipped: its id "${id}" is already taken by ${earlier}`);
      continue;
    }
    const read = await readTextFile(path);
    if (!read.ok) {
      warnings.push(`${path}: skipped: ${read.reason}`);
      continue;
    }
    try {
      sources.push(parseSource(id, read.text));
      ids.set(id, name);
    } catch (error) {
      if (!(error instanceof SourceFormatError)) throw error;
      warnings.push(`${path}:${error.line}: skipped: ${error.reason}`);
    }
  }
  return { sources, warnings };
}
