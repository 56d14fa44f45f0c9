/** The slash commands, in the order /help lists them. Deploy and dispatch both read this list. */
import { ask } from './ask.js';
import { who } from './who.js';
import { when } from './when.js';
import { topics } from './topics.js';
import { help } from './help.js';
import { source } from './source.js';
import type { Command } from './types.js';

export const commands = [ask, who, when, topics, help] as const;

/** Commands for moderators, with handlers of their own shape (commands/source.ts); deployed with the others. */
export const moderatorCommands = [source] as const;

/** Every definition to register with Discord. */
export const deployable: ReadonlyArray<{ definition: unknown }> = [...commands, ...moderatorCommands];

/** A command by its English name or its Indonesian one (`tanya`, `siapa`, …), case-insensitive. */
export function findCommand(name: string): Command | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted || c.text.id.name === wanted) as Command | undefined;
}

export type { Command, CommandContext, CommandName, CommandOptions, HelpAnswer, Locale } from './types.js';
