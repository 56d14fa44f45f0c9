/**
 * Crash-safe file writes: write a temporary file in the same folder, flush it to disk, then
 * rename (or link) it into place and flush the folder. A crash at any moment leaves either the old
 * state or the new one, never a torn file. Temporary files start with "." and end in ".tmp", so
 * folder readers never mistake them for sources; their names carry the writer's pid, so a later
 * start can tell a dead writer's leftovers from a live one's work in progress.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Fail with code EEXIST instead of replacing an existing file: the check and the creation are
   * one step (a hard link), so two writers racing for the same name cannot both win.
   */
  exclusive?: boolean;
  /** Called once the temporary file is complete and flushed, just before it takes its name. */
  beforeCommit?: () => void;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    options.beforeCommit?.();
    if (options.exclusive) {
      await link(tmp, path);
      await unlink(tmp);
    } else {
      await rename(tmp, path);
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

/** Moves a file atomically (same file system), replacing any file at `to`, and flushes both folders. */
export async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
  await syncDir(dirname(to));
  await syncDir(dirname(from));
}

/**
 * Moves a file without ever replacing one at `to` (EEXIST instead). Between the link and the
 * unlink the file has both names; a crash there leaves a copy behind, never a loss.
 */
export async function moveFileExclusive(from: string, to: string, afterLink?: () => void): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to);
  await syncDir(dirname(to));
  afterLink?.();
  await unlink(from);
  await syncDir(dirname(from));
}

/** Deletes a file durably; a file already gone is fine. */
export async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await syncDir(dirname(path));
}

/**
 * Appends one line and flushes it. A crash in the middle of an earlier append can leave a torn
 * last line; the next append starts on a fresh line so only that torn line is lost to readers.
 */
export async function appendLine(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+');
  let size = 0;
  try {
    size = (await handle.stat()).size;
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await handle.write(`${prefix}${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new file's name must survive a power cut too.
  if (size === 0) await syncDir(dirname(path));
}

/** Deletes temporary files in `dir` whose writer is no longer running; returns their names. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const m = /\.(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name);
    return name.startsWith('.') && m !== null && !isRunning(Number(m[1]));
  });
  for (const name of stale) await unlink(join(dir, name)).catch(() => undefined);
  return stale;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes a folder's entries, so a rename survives a power cut. Not supported everywhere (Windows). */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: some platforms cannot open or fsync a directory.
  } finally {
    await handle?.close();
  }
}
