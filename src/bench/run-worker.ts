/**
 * Starting benchmark processes from the parent: a worker (one job over IPC, with progress), and
 * the start-up probe (a fresh process timed from spawn to its first answer).
 */
import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Job, WorkerMessage } from './protocol.js';

const TSX = import.meta.resolve('tsx');
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const FIRST_ANSWER = fileURLToPath(new URL('./first-answer.ts', import.meta.url));
/** Room for the 100,000-passage library, its snapshot string and the parsed copy at once. */
const HEAP_MB = 8192;

export type OnProgress = (phase: string, done: number, total: number) => void;

export function runWorker<R>(job: Job, onProgress: OnProgress, options: { heapMb: number | null } = { heapMb: HEAP_MB }): Promise<R> {
  return new Promise((resolve, reject) => {
    const heap = options.heapMb === null ? [] : [`--max-old-space-size=${options.heapMb}`];
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX, '--expose-gc', ...heap],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.phase, message.done, message.total);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.result as R);
      } else {
        settled = true;
        reject(new Error(`benchmark worker (${job.kind}) failed: ${message.message}\n${message.stack ?? ''}`));
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`benchmark worker (${job.kind}) exited with ${signal ?? `code ${code}`} before reporting`));
    });
    child.send(job);
  });
}

export interface FirstAnswer {
  /** From spawning the process to reading its answer, as a user starting the bot would wait. */
  wallMs: number;
  /** Inside the process: loading the engine's modules, reading and indexing (or loading), answering. */
  importMs: number;
  loadMs: number;
  answerMs: number;
  found: boolean;
}

export function firstAnswer(mode: 'cold' | 'warm', file: string, question: string): Promise<FirstAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', TSX, `--max-old-space-size=${HEAP_MB}`, FIRST_ANSWER, mode, file, question], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let answered: Omit<FirstAnswer, 'wallMs'> | null = null;
    let wallMs = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!answered && out.includes('\n')) {
        wallMs = performance.now() - started;
        answered = JSON.parse(out.slice(0, out.indexOf('\n'))) as Omit<FirstAnswer, 'wallMs'>;
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answered) resolve({ wallMs, ...answered });
      else reject(new Error(`start-up probe (${mode}) exited with code ${code} without answering`));
    });
  });
}
