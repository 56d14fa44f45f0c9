/**
 * A child process for the crash tests: opens the app on a data folder, makes one change to the
 * sources and exits; with a step named, it kills itself with SIGKILL the moment that write step
 * completes, as a power cut or an OOM kill would, leaving whatever is on disk at that instant.
 *
 *   npx tsx test/support/crash-writer.ts <corpus dir> <data dir> <guild id> add|remove <step|-> [source id]
 */
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import type { WriteStep } from '../../src/sources/store.js';

export const CRASH_TEXT = [
  'Reporters counted forty armoured limousines at Joint Base Elmendorf-Richardson when Vladimir Putin landed in Anchorage on August 15, 2025.',
  'Secretary of State Marco Rubio and special envoy Steve Witkoff waited on the tarmac beside Donald Trump.',
].join('\n\n');

async function main(): Promise<void> {
  const [corpusDir, dataDir, guildId, action, step, id] = process.argv.slice(2);
  if (!corpusDir || !dataDir || !guildId || (action !== 'add' && action !== 'remove') || !step) throw new Error('usage: crash-writer <corpus> <data> <guild> add|remove <step|-> [id]');
  const onStep = (done: WriteStep) => {
    if (done === step) process.kill(process.pid, 'SIGKILL');
  };
  const app = await createApp({ corpusDir, dataDir, log: pino({ level: 'silent' }), onStep, snapshotDelayMs: 10 });
  if (action === 'add') {
    await app.sources.add({ guildId, userId: '300000000000000001', upload: { kind: 'file', name: 'limousines.txt', bytes: Buffer.from(CRASH_TEXT) }, options: { lang: 'en' } });
  } else {
    await app.sources.remove(guildId, id ?? 'limousines', '300000000000000002');
  }
  await app.close();
}

const isEntry = process.argv[1]?.endsWith('crash-writer.ts');
if (isEntry) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
