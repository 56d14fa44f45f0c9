/**
 * The command line, parsed (pure: no I/O). Options come before the command, as in
 * `[--corpus DIR] [--data DIR] [--json] <command> [args...]`; everything after a question-taking
 * command is the question, so a question may contain anything, dashes included.
 */
import { UsageError } from '../errors.js';
import type { AddOptions } from '../sources/store.js';

export interface GlobalOptions {
  corpus?: string;
  data?: string;
  json: boolean;
  /** A server's sources instead of the global ones (for `sources`, and the scope of answers). */
  guild?: string;
}

export type CliCommand =
  | { name: 'ask' | 'who' | 'when' | 'topics'; text: string }
  | { name: 'sources'; action: 'list' }
  | { name: 'sources'; action: 'add'; file: string; flags: AddOptions }
  | { name: 'sources'; action: 'remove' | 'show' | 'restore'; id: string }
  | { name: 'console' | 'bot' | 'start' | 'deploy-commands' | 'invite-url' | 'help' };

export interface Invocation {
  options: GlobalOptions;
  command: CliCommand;
}

export const USAGE = `Usage: npm run --silent cli -- [--corpus DIR] [--data DIR] [--json] [--guild ID] <command> [args...]

Commands:
  ask <question...>        answer a question (Indonesian or English) with cited excerpts
  who [question...]        people who took part; with a question, those that answer it
  when [question...]       when the summit took place; with a question, the times that answer it
  topics [filter...]       topics discussed; with a filter, the passages about that topic
  sources list             the sources added in the data folder (with --guild: that server's)
  sources add FILE [--title T] [--url U] [--published YYYY-MM-DD] [--lang id|en]
                           add a .txt, .md or .html file (a page's article text is extracted)
  sources show ID          a source's details and first passages
  sources remove ID        remove a source (restorable for SOURCE_RETENTION_DAYS)
  sources restore ID       bring a removed source back
  console                  read commands from stdin, one a line (/ask …, /who …, /help)
  start                    the Discord bot when DISCORD_TOKEN is set, else the console
  bot                      the Discord bot (needs DISCORD_TOKEN)
  deploy-commands          register the slash commands with Discord
  invite-url               print the link that adds the bot to a server

Options:
  --corpus DIR   folder of base source texts (default: the project's corpus/)
  --data DIR     folder for everything the program writes (default: data/)
  --json         one JSON object per answered command on stdout; logs go to stderr
  --guild ID     a server's own sources instead of the global ones`;

const COMMANDS = ['ask', 'who', 'when', 'topics', 'sources', 'console', 'start', 'bot', 'deploy-commands', 'invite-url', 'help'];

export function parseArgs(argv: readonly string[]): Invocation {
  const options: GlobalOptions = { json: false };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) break;
    const [flag, inline] = splitFlag(arg);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--corpus': options.corpus = value(); break;
      case '--data': options.data = value(); break;
      case '--guild': options.guild = value(); break;
      case '--json': options.json = true; break;
      case '--help': case '-h': return { options, command: { name: 'help' } };
      default: throw new UsageError(`Unknown option "${arg}". Options: --corpus DIR, --data DIR, --json, --guild ID`);
    }
  }
  const name = argv[i];
  const rest = argv.slice(i + 1);
  if (name === undefined) throw new UsageError(`No command given. Commands: ${COMMANDS.join(', ')}`);
  switch (name) {
    case 'ask': case 'who': case 'when': case 'topics':
      return { options, command: { name, text: rest.join(' ') } };
    case 'sources':
      return { options, command: parseSources(rest, options) };
    case 'console': case 'start': case 'bot': case 'deploy-commands': case 'invite-url': case 'help':
      if (rest.length > 0) throw new UsageError(`"${name}" takes no arguments, got "${rest.join(' ')}"`);
      return { options, command: { name } };
    default:
      throw new UsageError(`Unknown command "${name}". Commands: ${COMMANDS.join(', ')}`);
  }
}

function parseSources(args: string[], options: GlobalOptions): CliCommand {
  const [action, ...rest] = args;
  const positional: string[] = [];
  const flags: AddOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    const v = inline ?? rest[++i];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--title': flags.title = v; break;
      case '--url': flags.url = v; break;
      case '--published': flags.published = v; break;
      case '--lang': flags.lang = v; break;
      case '--guild': options.guild = v; break;
      default: throw new UsageError(`Unknown option "${flag}" for sources. Options: --title, --url, --published, --lang, --guild`);
    }
  }
  const hasFlags = Object.keys(flags).length > 0;
  switch (action) {
    case 'list':
      if (positional.length > 0 || hasFlags) throw new UsageError('"sources list" takes no arguments');
      return { name: 'sources', action: 'list' };
    case 'add':
      if (positional.length !== 1) throw new UsageError('Usage: sources add FILE [--title T] [--url U] [--published YYYY-MM-DD] [--lang id|en]');
      return { name: 'sources', action: 'add', file: positional[0]!, flags };
    case 'remove': case 'show': case 'restore':
      if (positional.length !== 1 || hasFlags) throw new UsageError(`Usage: sources ${action} ID`);
      return { name: 'sources', action, id: positional[0]! };
    default:
      throw new UsageError(`${action === undefined ? 'No sources action given' : `Unknown sources action "${action}"`}. Use: sources list | sources add FILE | sources show ID | sources remove ID | sources restore ID`);
  }
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
