/**
 * The benchmark's worker process: receives one job over IPC, reports progress, sends back the
 * figures and exits. Started by run-worker.ts with --expose-gc so memory is read after a full
 * collection.
 */
import { runOurs } from './ours-side.js';
import { runPlain } from './plain-side.js';
import { calibrate, prepareGuilds, runGuilds } from './guilds-side.js';
import type { Job, WorkerMessage } from './protocol.js';

export type Progress = (phase: string, done: number, total: number) => void;

/** At most a few messages a second, and always the first and last of a phase. */
const PROGRESS_INTERVAL_MS = 200;

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
}

function progressSender(): Progress {
  let last = 0;
  let lastPhase = '';
  return (phase, done, total) => {
    const now = performance.now();
    if (phase === lastPhase && done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    lastPhase = phase;
    process.send!({ type: 'progress', phase, done, total } satisfies WorkerMessage);
  };
}

async function run(job: Job): Promise<unknown> {
  const progress = progressSender();
  switch (job.kind) {
    case 'ours': return runOurs(job, progress);
    case 'plain': return runPlain(job, progress);
    case 'guild-prep': return prepareGuilds(job, progress);
    case 'guilds': return runGuilds(job, progress);
    case 'calibrate': return calibrate(job, progress);
  }
}

if (!process.send) {
  console.error('This is the benchmark worker; run the benchmark with: npm run bench');
  process.exit(2);
}

process.once('message', (job: Job) => {
  run(job)
    .then((result) => send({ type: 'result', result }))
    .catch((error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      return send({ type: 'error', message: e.message, ...(e.stack ? { stack: e.stack } : {}) });
    })
    .finally(() => process.disconnect());
});
