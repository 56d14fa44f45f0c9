/**
 * Progress on stderr while the benchmark builds: a bar redrawn in place on a terminal, and
 * otherwise (CI logs, files) a plain line at each tenth of a phase, so logs stay short.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressReporter {
  update(phase: string, done: number, total: number): void;
  /** Ends the current bar's line (before other output). */
  finish(): void;
}

const BAR_WIDTH = 28;
const STEPS = 10;

const count = (n: number) => n.toLocaleString('en-US');

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "ours: build  [#######.......]  45%  45,000/100,000  12.3 s" */
export function progressBar(phase: string, done: number, total: number, elapsedMs: number, width = BAR_WIDTH): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.floor(share * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const pct = `${Math.floor(share * 100)}%`.padStart(4);
  const counts = total > 1 ? `  ${count(done)}/${count(total)}` : '';
  return `${phase.padEnd(22)} ${bar} ${pct}${counts}  ${formatSeconds(elapsedMs)}`;
}

/** "ours: build 40% (40,000/100,000) 9.8 s" */
export function progressLine(phase: string, done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.floor((100 * Math.min(done, total)) / total) : 100;
  const counts = total > 1 ? ` (${count(done)}/${count(total)})` : '';
  return `${phase} ${pct}%${counts} ${formatSeconds(elapsedMs)}`;
}

export function createProgress(stream: ProgressStream, now: () => number = () => performance.now()): ProgressReporter {
  let phase: string | null = null;
  let started = 0;
  let lastStep = -1;
  let open = false;
  const begin = (name: string) => {
    if (phase === name) return;
    if (open) stream.write('\n');
    open = false;
    phase = name;
    started = now();
    lastStep = -1;
  };
  return {
    update(name, done, total) {
      begin(name);
      const elapsed = now() - started;
      if (stream.isTTY) {
        const line = progressBar(name, done, total, elapsed);
        stream.write(`\r${line.slice(0, Math.max(20, (stream.columns ?? 100) - 1))}\x1b[K`);
        open = true;
        return;
      }
      const step = total > 0 ? Math.floor((STEPS * Math.min(done, total)) / total) : STEPS;
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${progressLine(name, done, total, elapsed)}\n`);
    },
    finish() {
      if (open) stream.write('\n');
      open = false;
      phase = null;
    },
  };
}
