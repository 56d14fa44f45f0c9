/**
 * One interaction in, one outcome out: slash commands run their handler and are rendered, buttons
 * decode their state and page or show a passage, autocomplete lists choices. This is the Discord
 * front end's single error boundary: a UserError is shown to the user as it is (privately), any
 * other error is logged with its stack and the user gets a short apology, never the stack.
 * Each interaction leaves one log line (command, guild, latency, outcome) and no user text.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction } from 'discord.js';
import type { CommandContext, CommandName, CommandOptions, Definition } from '../../commands/types.js';
import type { App, Scope } from '../app.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { recoverQuestion } from './buttons.js';
import type { Cooldown } from './cooldown.js';
import { decodeCustomId } from './custom-id.js';
import { LABELS, localeOf, type Locale } from './labels.js';
import { renderPassage } from './passage-view.js';
import { citationOnPage, renderAnswer, renderNotice, type Answerable } from './render.js';
import { Responder } from './respond.js';
import { isSourceInteraction, runSourceInteraction, sourceAutocomplete } from './source-interaction.js';

/** What dispatch needs of a command (commands/ provides these; `run` may also be async). */
export interface BotCommand {
  name: CommandName;
  readonly definition: Definition;
  run(ctx: CommandContext, options: CommandOptions): Answerable | Promise<Answerable>;
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }): Array<{ name: string; value: string }>;
}

export interface DispatchContext {
  app: App;
  commands: readonly BotCommand[];
  cooldown: Cooldown;
  log: Logger;
  deferAfterMs?: number;
  /** MODERATOR_ROLE_IDS: roles whose members may manage sources besides those with Manage Server. */
  moderatorRoleIds?: readonly string[];
}

export type Outcome = 'replied' | 'deferred' | 'updated' | 'passage' | 'modal' | 'cooldown' | 'expired' | 'user-error' | 'error' | 'unknown-command' | 'shutting-down';

/** A button whose state no longer leads anywhere: told to the user, logged as "expired". */
class ButtonExpired extends UserError {}

export async function handleInteraction(interaction: Interaction, ctx: DispatchContext): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, ctx);
  if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isModalSubmit()) return;
  const started = performance.now();
  const locale = localeOf(interaction.locale);
  const responder = new Responder(interaction, ctx.deferAfterMs);
  const command = logName(interaction);
  let outcome: Outcome;
  try {
    outcome = isSourceInteraction(interaction)
      ? await runSourceInteraction(interaction, sourceDeps(ctx), responder, locale)
      : interaction.isChatInputCommand() ? await runCommand(interaction, ctx, responder, locale)
      : interaction.isButton() ? await pressButton(interaction, ctx, responder, locale)
      : 'expired';
  } catch (error) {
    outcome = error instanceof ButtonExpired ? 'expired' : error instanceof UserError ? 'user-error' : 'error';
    if (outcome === 'error') ctx.log.error({ err: error, command, guild: interaction.guildId }, 'Interaction failed');
    const text = error instanceof UserError ? error.message : LABELS[locale].apology;
    await responder.private([renderNotice(text)]).catch((sendError: unknown) => {
      ctx.log.warn({ err: sendError, command }, 'Could not tell the user about a failed interaction');
    });
  }
  ctx.log.info(
    { interaction: kindOf(interaction), command, guild: interaction.guildId, latencyMs: Math.round(performance.now() - started), outcome },
    'interaction',
  );
}

function kindOf(interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction): 'command' | 'button' | 'modal' {
  return interaction.isButton() ? 'button' : interaction.isModalSubmit() ? 'modal' : 'command';
}

function sourceDeps(ctx: DispatchContext) {
  return { app: ctx.app, moderatorRoleIds: ctx.moderatorRoleIds ?? [], log: ctx.log };
}

/** While shutting down: a private "restarting" instead of starting new work. */
export async function refuseInteraction(interaction: Interaction, log: Logger): Promise<void> {
  if (interaction.isAutocomplete()) return void (await interaction.respond([]).catch(() => undefined));
  if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isModalSubmit()) return;
  const started = performance.now();
  await new Responder(interaction).private([renderNotice(LABELS[localeOf(interaction.locale)].shuttingDown)]).catch(() => undefined);
  log.info(
    { interaction: kindOf(interaction), command: logName(interaction), guild: interaction.guildId, latencyMs: Math.round(performance.now() - started), outcome: 'shutting-down' },
    'interaction',
  );
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: DispatchContext, responder: Responder, locale: Locale): Promise<Outcome> {
  const L = LABELS[locale];
  const command = ctx.commands.find((c) => c.name === interaction.commandName);
  if (!command) {
    await responder.private([renderNotice(L.unknownCommand)]);
    return 'unknown-command';
  }
  if (command.name !== 'help') {
    const verdict = ctx.cooldown.take(interaction.user.id);
    if (!verdict.ok) {
      await responder.private([renderNotice(L.cooldown(verdict.retryAfterSeconds))]);
      return 'cooldown';
    }
  }
  const options: CommandOptions = {
    question: interaction.options.getString('question') ?? undefined,
    filter: interaction.options.getString('filter') ?? undefined,
  };
  const context = commandContext(ctx.app, interaction, locale);
  const how = await responder.answer(async () => {
    const payload = renderAnswer(await command.run(context, options), locale, 1);
    if (!payload) throw new Error(`/${command.name} rendered no first page`);
    return payload;
  }, 'reply');
  return how === 'direct' ? 'replied' : 'deferred';
}

async function pressButton(interaction: ButtonInteraction, ctx: DispatchContext, responder: Responder, locale: Locale): Promise<Outcome> {
  const L = LABELS[locale];
  const state = decodeCustomId(interaction.customId);
  if (!state) throw new ButtonExpired(L.expired);
  const context = commandContext(ctx.app, interaction, locale);
  if (state.kind === 'passage') return showPassage(ctx.app, context.scope, state.sourceId, state.passage, responder, locale);
  const command = ctx.commands.find((c) => c.name === state.command);
  const recovered = recoverQuestion(state.question, interaction.message.embeds.map((e) => ({ title: e.title, footer: e.footer })));
  if (!command || !recovered.ok) throw new ButtonExpired(L.expired);
  const options: CommandOptions = recovered.question === null ? {} : command.name === 'topics' ? { filter: recovered.question } : { question: recovered.question };
  if (state.kind === 'cited') {
    const citation = citationOnPage(await command.run(context, options), state.page, state.index);
    if (!citation) throw new ButtonExpired(L.expired);
    return showPassage(ctx.app, context.scope, citation.source, citation.passage, responder, locale);
  }
  await responder.answer(async () => {
    const payload = renderAnswer(await command.run(context, options), locale, state.page);
    if (!payload) throw new ButtonExpired(L.expired);
    return payload;
  }, 'update');
  return 'updated';
}

async function showPassage(app: App, scope: Scope, sourceId: string, number: number, responder: Responder, locale: Locale): Promise<Outcome> {
  const found = app.passage(sourceId, number, scope);
  if (!found) throw new ButtonExpired(LABELS[locale].passageGone);
  await responder.private(renderPassage(found.meta, found.passage, locale));
  return 'passage';
}

async function autocomplete(interaction: AutocompleteInteraction, ctx: DispatchContext): Promise<void> {
  const started = performance.now();
  const command = ctx.commands.find((c) => c.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let choices: Array<{ name: string; value: string }> = [];
  let outcome = 'choices';
  try {
    const locale = localeOf(interaction.locale);
    choices = interaction.commandName === 'source'
      ? await sourceAutocomplete(interaction, sourceDeps(ctx), locale)
      : command?.autocomplete?.(commandContext(ctx.app, interaction, locale), { name: focused.name, value: String(focused.value) }) ?? [];
  } catch (error) {
    outcome = 'error';
    ctx.log.error({ err: error, command: interaction.commandName }, 'Autocomplete failed');
  }
  // Discord's limits, kept here too so one bad handler cannot make the whole response fail.
  const safe = choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) }));
  await interaction.respond(safe).catch((error: unknown) => {
    outcome = 'not-delivered';
    ctx.log.warn({ err: error, command: interaction.commandName }, 'Could not send autocomplete choices');
  });
  // Autocomplete fires on every keystroke: one line each, at debug level, keeps info readable.
  ctx.log.debug({ interaction: 'autocomplete', command: interaction.commandName, guild: interaction.guildId, latencyMs: Math.round(performance.now() - started), outcome }, 'interaction');
}

/** What an interaction is about, for the log: the command, or what a button's state names. */
function logName(interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isModalSubmit() || isSourceInteraction(interaction)) return 'source';
  const state = decodeCustomId(interaction.customId);
  return state === null ? 'unknown-button' : state.kind === 'passage' ? 'passage' : state.command;
}

function commandContext(app: App, interaction: Interaction, locale: Locale): CommandContext {
  return { app, scope: { guildId: interaction.guildId }, locale };
}
