/**
 * What a slash command is, for every front end: a Discord definition (with Indonesian
 * localizations) and a handler that turns options into an answer value. Handlers never render and
 * never touch discord.js's client; the console and the Discord bot present the same values.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Answer } from '../src/engine/types.js';
import type { App, Scope } from '../src/app.js';

export type Locale = 'id' | 'en';

export interface CommandContext {
  app: App;
  scope: Scope;
  locale: Locale;
}

export type CommandName = 'ask' | 'who' | 'when' | 'topics' | 'help';

export interface CommandOptions {
  question?: string;
  filter?: string;
}

/** A command's user-facing words in one language. */
export interface CommandText {
  name: string;
  description: string;
  /** How to type it, e.g. "/ask <question>". */
  usage: string;
  /** Its one string option, when it has one. */
  option?: { name: string; description: string };
}

/** /help's answer: the commands, described in the reader's language. */
export interface HelpAnswer {
  command: 'help';
  locale: Locale;
  title: string;
  commands: Array<{ name: string; usage: string; description: string }>;
  /** A closing line: how answers cite their sources. */
  note: string;
}

export type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface Command<A extends Answer | HelpAnswer = Answer | HelpAnswer> {
  name: CommandName;
  text: Record<Locale, CommandText>;
  /** Built on first read (loading discord.js takes about half a second the console never needs). */
  readonly definition: Definition;
  run(ctx: CommandContext, options: CommandOptions): A;
  /** At most 25 choices, each name and value at most 100 characters. */
  autocomplete?(ctx: CommandContext, focused: { name: string; value: string }): Array<{ name: string; value: string }>;
}
