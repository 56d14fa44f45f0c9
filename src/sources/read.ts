/**
 * Reading source files from disk: text only. A file that is not UTF-8 text (NUL bytes, invalid
 * byte sequences) is refused rather than half-read, so a stray binary in a folder never ends up
 * as garbled passages that someone then gets cited.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

export const SOURCE_EXTENSIONS = ['.md', '.txt'] as const;
/** A news article is a few hundred KB at most; anything far larger is not a source. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why `bytes` is not a readable text file, or null when it is one. */
export function binaryReason(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return 'it contains NUL bytes (a binary file?)';
  try {
    utf8.decode(bytes);
  } catch {
    return 'it is not valid UTF-8 text';
  }
  return null;
}

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

export async function readTextFile(path: string, maxBytes = MAX_SOURCE_BYTES): Promise<TextRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: `it is ${bytes.length} bytes; at most ${maxBytes} are allowed` };
  const reason = binaryReason(bytes);
  return reason ? { ok: false, reason } : { ok: true, text: utf8.decode(bytes) };
}

/** The source id: the file name without its extension. */
export function sourceIdOf(path: string): string {
  return basename(path, extname(path));
}

/** Whether a directory entry is a source file (README.md documents a folder; it is not a source). */
export function isSourceFileName(name: string): boolean {
  if (name.startsWith('.') || name.toLowerCase() === 'readme.md') return false;
  return (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}
