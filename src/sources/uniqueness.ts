/**
 * What must stay unique where a source is seen: its id (citations name it) and its text (the same
 * article twice would be cited twice). A server sees the base and its own sources; a removed one
 * still counts, since restoring it is the way back.
 */
import { GLOBAL } from './layout.js';
import { SourceProblemError } from './problems.js';
import type { ScopeIndex } from './scope-index.js';
import type { RemovedSource } from './store.js';

/** Throws a duplicate problem naming the source that already has this text (`sha`: its textSha256). */
export function refuseDuplicate(base: ScopeIndex, scope: ScopeIndex, key: string, sha: string, removed: readonly RemovedSource[]): void {
  const title = (where: ScopeIndex, id: string) => where.library.get(id)?.meta.title ?? id;
  const inBase = base.withText(sha);
  if (inBase) throw new SourceProblemError({ kind: 'duplicate', id: inBase.id, title: title(base, inBase.id), where: key === GLOBAL && inBase.origin === 'data' ? 'scope' : 'base' });
  const own = scope === base ? undefined : scope.withText(sha);
  if (own) throw new SourceProblemError({ kind: 'duplicate', id: own.id, title: title(scope, own.id), where: 'scope' });
  const gone = removed.find((r) => r.record?.textSha256 === sha);
  if (gone) throw new SourceProblemError({ kind: 'duplicate', id: gone.id, title: gone.title, where: 'removed' });
}

/** `id`, or `id-2`, `id-3`, …: the first one not taken. */
export function freeId(id: string, taken: (id: string) => boolean): string {
  if (!taken(id)) return id;
  const stem = id.replace(/-\d+$/, '').slice(0, 76);
  for (let n = 2; ; n++) if (!taken(`${stem}-${n}`)) return `${stem}-${n}`;
}
