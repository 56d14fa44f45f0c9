/**
 * One command, run the way every text front end runs it: console lines and one-shot CLI commands
 * go through the same slash-command handlers Discord uses, so the console answers exactly what
 * the bot would. Errors become result values here (the console's error boundary), so a failing
 * line never stops a session.
 */
import { findCommand, type HelpAnswer, type Locale } from '../../commands/index.js';
import type { App, Scope } from '../app.js';
import type { Answer } from '../engine/types.js';
import { UserError, userMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { SourceStore } from '../sources/store.js';
import { listSources, type SourcesResult } from './sources.js';

export interface Session {
  app: App;
  store: SourceStore;
  scope: Scope;
  locale: Locale;
  log: Logger;
}

export interface ErrorResult {
  command: string;
  error: string;
}

export type Result = Answer | HelpAnswer | SourcesResult | ErrorResult;

export const CONSOLE_COMMANDS = '/ask <question>, /who [question], /when [question], /topics [filter], /sources list, /help, /quit';

/** A console line as a command name and its text; a line without a leading "/" is a question. */
export function parseLine(line: string): { name: string; text: string } {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return { name: 'ask', text: trimmed };
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed)!;
  return { name: m[1]!.toLowerCase(), text: m[2]!.trim() };
}

export function isQuit(name: string): boolean {
  return name === 'quit' || name === 'exit' || name === 'keluar';
}

/** Runs one command; never throws: failures come back as `{command, error}`. */
export async function runCommand(session: Session, name: string, text: string): Promise<Result> {
  try {
    return await dispatch(session, name, text);
  } catch (error) {
    if (!(error instanceof UserError)) session.log.error({ err: error, command: name }, 'Command failed');
    return { command: name, error: userMessage(error) };
  }
}

async function dispatch(session: Session, name: string, text: string): Promise<Result> {
  if (name === 'sources' || name === 'sumber') {
    if (text === 'list' || text === '') return listSources(session.store, session.scope.guildId);
    throw new UserError(`The console manages sources with "/sources list" only; add or remove them with the command line's "sources add FILE" and "sources remove ID"`);
  }
  const command = findCommand(name);
  if (!command) throw new UserError(`Unknown command "/${name}". Commands: ${CONSOLE_COMMANDS}`);
  const ctx = { app: session.app, scope: session.scope, locale: session.locale };
  return command.run(ctx, command.name === 'topics' ? { filter: text } : { question: text });
}

export function isError(result: Result): result is ErrorResult {
  return 'error' in result;
}
