/**
 * /source: moderators add and manage their server's own sources. The handlers take plain inputs
 * (who asks, with which permissions, the file's bytes or the pasted text, the options) and return
 * answer values; the Discord front end downloads attachments, shows the modal and the buttons.
 * Every handler checks the caller's right again: Discord hides the command from members without
 * Manage Server, but a crafted interaction must be refused here too.
 */
import type { SourceCard } from '../src/sources/card.js';
import { sourceCard } from '../src/sources/card.js';
import type { CatalogSource, SourceCatalog } from '../src/sources/catalog.js';
import { checkFile, checkOptions, type AddOptions } from '../src/sources/intake.js';
import { describeProblem, SourceProblemError, type Field } from '../src/sources/problems.js';
import { UserError } from '../src/errors.js';
import { clip } from './input.js';
import { buildSourceDefinition, SOURCE_WORDS } from './source-definition.js';
import type { Definition, Locale } from './types.js';

export const LIST_PAGE_SIZE = 10;
export const SHOWN_PASSAGES = 3;

export interface SourceContext {
  sources: SourceCatalog;
  guildId: string | null;
  userId: string;
  /** The member's permissions as Discord sends them (a decimal bit field), or null when unknown. */
  permissions: string | bigint | null;
  roleIds: readonly string[];
  /** MODERATOR_ROLE_IDS: members with one of these roles may manage sources too. */
  moderatorRoleIds: readonly string[];
  locale: Locale;
}

/** A file as the front end has it: the bytes now, or a way to fetch them once type and size pass. */
export interface FileInput {
  name: string;
  size: number;
  bytes: Uint8Array | (() => Promise<Uint8Array>);
}

export interface SourceLine {
  id: string;
  title: string;
  lang: string;
  published: string | null;
  passages: number;
  addedBy: string | null;
  addedAt: string | null;
}

export type SourceAnswer =
  | { command: 'source'; action: 'added' | 'restored'; source: SourceCard; share: boolean }
  /** No file and no text: the front end asks for the text (a modal), keeping these options. */
  | { command: 'source'; action: 'needs-text'; options: AddOptions; share: boolean }
  | { command: 'source'; action: 'list'; page: number; pages: number; total: number; sources: SourceLine[]; removed: number; base: number; share: boolean }
  | { command: 'source'; action: 'show'; source: SourceCard; passages: Array<{ number: number; text: string }>; share: boolean }
  | { command: 'source'; action: 'confirm-remove'; source: SourceLine; restorableDays: number }
  | { command: 'source'; action: 'removed'; source: SourceLine; restorableUntil: string }
  | { command: 'source'; action: 'kept'; id: string };

const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

const REFUSED: Record<Locale, { dm: string; right: string }> = {
  en: { dm: 'Sources are managed inside a server, not in direct messages.', right: 'Only moderators (Manage Server, or a moderator role) can manage sources.' },
  id: { dm: 'Sumber dikelola di dalam server, bukan lewat pesan langsung.', right: 'Hanya moderator (Kelola Server, atau peran moderator) yang dapat mengelola sumber.' },
};

export function isModerator(ctx: Pick<SourceContext, 'permissions' | 'roleIds' | 'moderatorRoleIds'>): boolean {
  let bits = 0n;
  try {
    bits = ctx.permissions === null ? 0n : BigInt(ctx.permissions);
  } catch {
    bits = 0n;
  }
  if ((bits & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n) return true;
  return ctx.roleIds.some((role) => ctx.moderatorRoleIds.includes(role));
}

/** The server whose sources the caller may manage; throws when they may not. */
function authorize(ctx: SourceContext): string {
  if (ctx.guildId === null) throw new UserError(REFUSED[ctx.locale].dm);
  if (!isModerator(ctx)) throw new UserError(REFUSED[ctx.locale].right);
  return ctx.guildId;
}

/** Catalog problems in the reader's language, naming options as their Discord client shows them. */
async function worded<T>(ctx: SourceContext, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SourceProblemError)) throw error;
    const label = (field: Field) => SOURCE_WORDS[ctx.locale].options[field].name;
    throw new UserError(describeProblem(error.problem, ctx.locale, label));
  }
}

function line(source: CatalogSource): SourceLine {
  const { meta, passages } = source.indexed;
  return { id: meta.id, title: meta.title, lang: meta.lang, published: meta.published, passages: passages.length, addedBy: source.record?.addedBy ?? null, addedAt: source.record?.addedAt ?? null };
}

function find(ctx: SourceContext, guildId: string, id: string): CatalogSource {
  const found = ctx.sources.get(guildId, id.trim());
  if (!found) throw new UserError(describeProblem({ kind: 'unknown-id', id }, ctx.locale));
  return found;
}

let definition: Definition | undefined;

export const source = {
  name: 'source' as const,
  words: SOURCE_WORDS,
  get definition(): Definition {
    return (definition ??= buildSourceDefinition());
  },

  async add(ctx: SourceContext, input: { file?: FileInput; text?: string; options: AddOptions; share?: boolean }): Promise<SourceAnswer> {
    const guildId = authorize(ctx);
    const share = input.share ?? false;
    return worded(ctx, async () => {
      const options = clean(input.options);
      checkOptions(options);
      let upload;
      if (input.file) {
        checkFile(input.file.name, input.file.size);
        const bytes = typeof input.file.bytes === 'function' ? await input.file.bytes() : input.file.bytes;
        upload = { kind: 'file' as const, name: input.file.name, bytes };
      } else if (input.text !== undefined && input.text.trim() !== '') {
        upload = { kind: 'text' as const, text: input.text };
      } else if (input.text !== undefined) {
        throw new SourceProblemError({ kind: 'empty', html: false });
      } else {
        return { command: 'source', action: 'needs-text', options, share };
      }
      const added = await ctx.sources.add({ guildId, userId: ctx.userId, upload, options });
      return { command: 'source', action: 'added', source: sourceCard(added), share };
    });
  },

  async list(ctx: SourceContext, input: { page?: number; share?: boolean }): Promise<SourceAnswer> {
    const guildId = authorize(ctx);
    const removed = (await ctx.sources.removed(guildId)).length;
    const all = ctx.sources.list(guildId).map(line);
    const pages = Math.max(1, Math.ceil(all.length / LIST_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pages);
    return {
      command: 'source', action: 'list', page, pages, total: all.length,
      sources: all.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE),
      removed, base: ctx.sources.baseCount(), share: input.share ?? false,
    };
  },

  show(ctx: SourceContext, input: { id: string; share?: boolean }): SourceAnswer {
    const guildId = authorize(ctx);
    const found = find(ctx, guildId, input.id);
    const passages = found.indexed.passages.slice(0, SHOWN_PASSAGES).map((p) => ({ number: p.number, text: p.text }));
    return { command: 'source', action: 'show', source: sourceCard(found), passages, share: input.share ?? false };
  },

  /** Without `confirm`, asks first; the front end calls again with confirm once the moderator agrees. */
  async remove(ctx: SourceContext, input: { id: string; confirm?: boolean }): Promise<SourceAnswer> {
    const guildId = authorize(ctx);
    const id = input.id.trim();
    return worded(ctx, async () => {
      if (!input.confirm) {
        const found = ctx.sources.get(guildId, id);
        if (found?.shared) throw new SourceProblemError({ kind: 'base-source', id });
        if (!found) throw new SourceProblemError({ kind: 'unknown-id', id });
        return { command: 'source', action: 'confirm-remove', source: line(found), restorableDays: ctx.sources.retentionDays };
      }
      const removed = await ctx.sources.remove(guildId, id, ctx.userId);
      const { meta, record } = removed;
      return {
        command: 'source', action: 'removed',
        source: { id: meta.id, title: meta.title, lang: meta.lang, published: meta.published, passages: 0, addedBy: record.addedBy, addedAt: record.addedAt },
        restorableUntil: removed.restorableUntil.toISOString().slice(0, 10),
      };
    });
  },

  kept(ctx: SourceContext, input: { id: string }): SourceAnswer {
    authorize(ctx);
    return { command: 'source', action: 'kept', id: input.id };
  },

  async restore(ctx: SourceContext, input: { id: string }): Promise<SourceAnswer> {
    const guildId = authorize(ctx);
    return worded(ctx, async () => {
      const restored = await ctx.sources.restore(guildId, input.id.trim(), ctx.userId);
      return { command: 'source', action: 'restored', source: sourceCard(restored), share: false };
    });
  },

  /** Source ids by title for show/remove (this server's own), and restore (its removed ones). */
  async autocomplete(ctx: SourceContext, focused: { subcommand: string; value: string }): Promise<Array<{ name: string; value: string }>> {
    if (ctx.guildId === null || !isModerator(ctx)) return [];
    const typed = fold(focused.value);
    const candidates =
      focused.subcommand === 'restore'
        ? (await ctx.sources.removed(ctx.guildId)).map((r) => ({ id: r.id, title: r.title }))
        : ctx.sources.list(ctx.guildId).map((s) => ({ id: s.indexed.meta.id, title: s.indexed.meta.title }));
    const seen = new Set<string>();
    return candidates
      .filter((c) => !seen.has(c.id) && seen.add(c.id) && (typed === '' || fold(c.title).includes(typed) || c.id.includes(typed)))
      .filter((c) => c.id.length <= 100)
      .slice(0, 25)
      .map((c) => ({ name: choiceName(c.title, c.id), value: c.id }));
  },
};

/** Options as typed, with blanks dropped: an empty option means "not given". */
function clean(options: AddOptions): AddOptions {
  const out: AddOptions = {};
  for (const key of ['title', 'url', 'published', 'lang'] as const) {
    const value = options[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** "Title (id)" within Discord's 100 characters, cutting the title rather than the id. */
function choiceName(title: string, id: string): string {
  const room = 100 - id.length - 3;
  return room >= 20 ? `${clip(title, room)} (${id})` : clip(`${title} (${id})`, 100);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
