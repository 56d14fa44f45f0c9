/**
 * /source on Discord: reads the interaction (subcommand, options, the attachment, who is asking
 * and with which permissions), calls the handler in commands/source.ts and presents its answer:
 * privately unless the moderator asked to share, a modal when the text is to be pasted, buttons
 * to confirm a removal, page the list or restore. Errors go to dispatch's boundary.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction } from 'discord.js';
import { source, type SourceAnswer, type SourceContext } from '../../commands/source.js';
import type { SourceSubcommand } from '../../commands/source-definition.js';
import type { App } from '../app.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { SourceCatalog } from '../sources/catalog.js';
import { MAX_FILE_BYTES } from '../sources/intake.js';
import { SourceProblemError } from '../sources/problems.js';
import type { Locale } from './labels.js';
import type { Responder } from './respond.js';
import { decodeSourceButton, isSourceCustomId, renderAddModal, renderSourceAnswer, resolveRef } from './source-view.js';
import { SOURCE_LABELS } from './source-labels.js';

export interface SourceDeps {
  app: App;
  moderatorRoleIds: readonly string[];
  log: Logger;
}

type SourceInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

export function isSourceInteraction(interaction: Interaction): boolean {
  if (interaction.isChatInputCommand()) return interaction.commandName === source.name;
  if (interaction.isButton() || interaction.isModalSubmit()) return isSourceCustomId(interaction.customId);
  return false;
}

/** The app's source catalog, when it has one (a test app may answer questions only). */
function catalogOf(app: App): SourceCatalog | null {
  return 'sources' in app ? (app as App & { sources: SourceCatalog }).sources : null;
}

function contextOf(interaction: Interaction, deps: SourceDeps, locale: Locale): SourceContext {
  const sources = catalogOf(deps.app);
  if (!sources) throw new UserError(SOURCE_LABELS[locale].unavailable);
  const member = interaction.member;
  const roleIds = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return {
    sources,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield ?? null,
    roleIds,
    moderatorRoleIds: deps.moderatorRoleIds,
    locale,
  };
}

export type SourceOutcome = 'replied' | 'deferred' | 'updated' | 'modal';

export async function runSourceInteraction(interaction: SourceInteraction, deps: SourceDeps, responder: Responder, locale: Locale): Promise<SourceOutcome> {
  const ctx = contextOf(interaction, deps, locale);
  const present = async (work: () => Promise<SourceAnswer> | SourceAnswer, mode: 'reply' | 'update' = 'reply'): Promise<SourceOutcome> => {
    const how = await responder.answer(async () => {
      const answer = await work();
      if (answer.action === 'needs-text') throw new Error('a text was expected');
      return renderSourceAnswer(answer, locale);
    }, mode, { ephemeral: !sharedAnswer(interaction, mode) });
    return mode === 'update' ? 'updated' : how === 'direct' ? 'replied' : 'deferred';
  };

  if (interaction.isModalSubmit()) {
    const field = (id: string) => interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id) : '';
    const options = { title: field('title'), url: field('url'), published: field('published'), lang: field('lang') };
    return present(() => source.add(ctx, { text: field('text'), options, share: interaction.customId.endsWith(':share') }));
  }

  if (interaction.isButton()) {
    const state = decodeSourceButton(interaction.customId);
    if (!state) throw new UserError(SOURCE_LABELS[locale].unavailable);
    if (state.kind === 'list') return present(() => source.list(ctx, { page: state.page, share: sharedMessage(interaction) }), 'update');
    const guildId = ctx.guildId ?? '';
    if (state.kind === 'restore') {
      const removed = ctx.guildId === null ? [] : await ctx.sources.removed(guildId);
      const id = resolveRef(state.ref, removed.map((r) => r.id)) ?? state.ref;
      return present(() => source.restore(ctx, { id }), 'update');
    }
    const id = resolveRef(state.ref, ctx.guildId === null ? [] : ctx.sources.list(guildId).map((s) => s.indexed.meta.id)) ?? state.ref;
    if (state.kind === 'keep') return present(() => source.kept(ctx, { id }), 'update');
    return present(() => source.remove(ctx, { id, confirm: true }), 'update');
  }

  const sub = interaction.options.getSubcommand(true) as SourceSubcommand;
  const share = interaction.options.getBoolean('share') ?? false;
  const id = interaction.options.getString('id') ?? '';
  switch (sub) {
    case 'add': {
      const string = (name: string) => interaction.options.getString(name) ?? undefined;
      const options = { title: string('title'), url: string('url'), published: string('published'), lang: string('lang') };
      const attachment = interaction.options.getAttachment('file');
      if (!attachment) {
        // Options are checked first, so a bad date is reported before anything is pasted.
        const answer = await source.add(ctx, { options, share });
        if (answer.action !== 'needs-text') throw new Error('expected to ask for the text');
        await interaction.showModal(renderAddModal(answer.options, share, locale));
        return 'modal';
      }
      const file = { name: attachment.name, size: attachment.size, bytes: () => download(attachment.url, locale) };
      return present(() => source.add(ctx, { file, options, share }));
    }
    case 'list':
      return present(() => source.list(ctx, { page: interaction.options.getInteger('page') ?? 1, share }));
    case 'show':
      return present(() => source.show(ctx, { id, share }));
    case 'remove':
      return present(() => source.remove(ctx, { id }));
    case 'restore':
      return present(() => source.restore(ctx, { id }));
  }
}

/** Whether the reply is for everyone: asked for with `share`, or a button on a message already public. */
function sharedAnswer(interaction: SourceInteraction, mode: 'reply' | 'update'): boolean {
  if (interaction.isButton()) return mode === 'update' && sharedMessage(interaction);
  if (interaction.isModalSubmit()) return interaction.customId.endsWith(':share');
  return interaction.options.getBoolean('share') ?? false;
}

function sharedMessage(interaction: ButtonInteraction): boolean {
  return !interaction.message.flags.has('Ephemeral');
}

export async function sourceAutocomplete(interaction: AutocompleteInteraction, deps: SourceDeps, locale: Locale): Promise<Array<{ name: string; value: string }>> {
  const focused = interaction.options.getFocused(true);
  return source.autocomplete(contextOf(interaction, deps, locale), { subcommand: interaction.options.getSubcommand(true), value: String(focused.value) });
}

/** The attachment's bytes, refusing (without reading on) anything over the file limit. */
async function download(url: string, locale: Locale): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  } catch {
    throw new UserError(SOURCE_LABELS[locale].downloadFailed);
  }
  if (!response.ok || !response.body) throw new UserError(SOURCE_LABELS[locale].downloadFailed);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    // Leaving the loop cancels the download.
    if (size > MAX_FILE_BYTES) throw new SourceProblemError({ kind: 'too-large', what: 'file', bytes: size, limit: MAX_FILE_BYTES });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
