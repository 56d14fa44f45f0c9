/**
 * The entry point: `npm start`, `npm run cli -- …` (see the shared CONTRACT.md). It reads the
 * settings, builds the app and hands over to one front end: a one-shot command, the console or
 * the Discord bot. This is the CLI's error boundary: a user's mistake is shown as it is (exit 1,
 * or 2 for a command line that cannot be parsed); anything else is logged with its stack.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp, type LiveApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { ConfigError, UsageError, UserError, userMessage } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { parseArgs, USAGE, type Invocation } from './console/args.js';
import { renderJson } from './console/render-json.js';
import { renderText } from './console/render-text.js';
import { isError, runCommand, type Result, type Session } from './console/run.js';
import { runBatch, runInteractive } from './console/session.js';
import { addSource, listSources, removeSource, renderSourcesOutcome, restoreSource, showSource, type SourcesResult } from './console/sources.js';
import { SourceStore } from './sources/store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Tests pass their own; otherwise read from the environment and .env. */
  config?: Config;
  log?: Logger;
}

const processIo: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Runs one invocation; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { options, command } = invocation;
  const out = (result: Result | Record<string, unknown>, text: string): void => {
    io.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${text}\n`);
  };
  let log: Logger | undefined = io.log;
  try {
    const config = io.config ?? loadConfig();
    log ??= createLogger(config.logLevel, { pretty: Boolean(io.stderr.isTTY) });
    if (command.name === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const corpusDir = options.corpus ? resolve(options.corpus) : resolve(ROOT, config.corpusDir);
    const dataDir = options.data ? resolve(options.data) : resolve(ROOT, config.dataDir);
    const guildId = options.guild ?? null;
    const store = new SourceStore(dataDir);

    switch (command.name) {
      case 'sources': {
        if (command.action === 'list') {
          const result = await listSources(store, guildId);
          out(result, renderText(result));
          return 0;
        }
        const app = await createApp({ corpusDir, dataDir, log, guildIndexBudgetMb: config.guildIndexBudgetMb, sourceRetentionDays: config.sourceRetentionDays });
        try {
          const result =
            command.action === 'add' ? await addSource(app.sources, command.file, command.flags, guildId)
            : command.action === 'show' ? await showSource(app.sources, command.id, guildId)
            : command.action === 'restore' ? await restoreSource(app.sources, command.id, guildId)
            : await removeSource(app.sources, command.id, guildId);
          out(result, renderSourcesOutcome(result) ?? renderText(result as SourcesResult));
        } finally {
          await app.close();
        }
        return 0;
      }
      case 'invite-url': {
        if (!config.applicationId) throw new ConfigError('DISCORD_APPLICATION_ID', 'DISCORD_APPLICATION_ID is not set: the invite link needs the application id (see .env.example)');
        const { inviteUrl } = await import('./discord/deploy.js');
        const url = inviteUrl(config.applicationId);
        out({ command: 'invite-url', url }, url);
        return 0;
      }
      case 'deploy-commands': {
        const { deployCommands } = await import('./discord/deploy.js');
        const deployed = await deployCommands(config, log);
        out({ command: 'deploy-commands', ...deployed }, `Deployed ${deployed.count} command(s) ${deployed.scope === 'guild' ? 'to the test server' : 'globally'}.`);
        return 0;
      }
    }

    if (command.name === 'bot' && !config.discordToken) {
      throw new ConfigError('DISCORD_TOKEN', 'DISCORD_TOKEN is not set: the bot needs it (see .env.example). Without it, `npm start` opens the console.');
    }
    const app = await createApp({ corpusDir, dataDir, log, guildIndexBudgetMb: config.guildIndexBudgetMb, sourceRetentionDays: config.sourceRetentionDays });
    const session: Session = { app, store, scope: { guildId }, locale: 'en', log };
    switch (command.name) {
      case 'bot':
        return await runBot(config, app, log);
      case 'start':
        if (config.discordToken) return await runBot(config, app, log);
        io.stderr.write('No DISCORD_TOKEN set: starting the console. Set DISCORD_TOKEN in .env to run the Discord bot.\n');
        return await runConsole(session, io, options.json);
      case 'console':
        return await runConsole(session, io, options.json);
      case 'ask': case 'who': case 'when': case 'topics': {
        const result = await runCommand(session, command.name, command.text);
        if (isError(result)) {
          if (options.json) io.stdout.write(`${renderJson(result)}\n`);
          io.stderr.write(`Error: ${result.error}\n`);
          return 1;
        }
        out(result, renderText(result));
        return 0;
      }
    }
    throw new Error(`command "${command.name}" has no handler`);
  } catch (error) {
    if (!(error instanceof UserError)) {
      if (log) log.error({ err: error }, 'Command failed');
      else io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    }
    const message = userMessage(error);
    if (options.json) io.stdout.write(`${JSON.stringify({ command: commandLabel(command), error: message })}\n`);
    io.stderr.write(`Error: ${message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function commandLabel(command: Invocation['command']): string {
  return command.name === 'sources' ? `sources ${command.action}` : command.name;
}

async function runConsole(session: Session, io: Io, json: boolean): Promise<number> {
  if (io.stdin.isTTY && !json) await runInteractive({ session, input: io.stdin, output: io.stdout });
  else await runBatch({ session, input: io.stdin, output: io.stdout, json });
  return 0;
}

async function runBot(config: Config, app: LiveApp, log: Logger): Promise<number> {
  // Imported here so the console and one-shot commands never load discord.js's client.
  const { startBot } = await import('./discord/bot.js');
  const bot = await startBot({ config, app, log });
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  log.info('Stopping the bot');
  await bot.stop();
  // Writes the index snapshots still pending, so the next start loads instead of rebuilding.
  await app.close();
  return 0;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      // Exit once stdout has flushed: a lingering handle must not keep a one-shot command alive.
      process.stdout.write('', () => process.exit(code));
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
