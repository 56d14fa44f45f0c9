/** The slash commands, in the order /help lists them. Deploy and dispatch both read this list. */
import { ask } from './ask.js';
import { who } from './who.js';
import { when } from './when.js';
import { topics } from './topics.js';
import { help } from './help.js';
import type { Command } from './types.js';

export const commands = [ask, who, when, topics, help] as const;

/** A command by its English name or its Indonesian one (`tanya`, `siapa`, …), case-insensitive. */
export function findCommand(name: string): Command | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => c.name === wanted || c.text.id.name === wanted) as Command | undefined;
}

export type { Command, CommandContext, CommandName, CommandOptions, HelpAnswer, Locale } from './types.js';
