/**
 * Prints one plain closing line, "N passed, N failed" (", N skipped" when any), after vitest's own
 * summary: a form any CI log reader understands, whatever the runner.
 */
import type { Reporter } from 'vitest/reporters';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = [], errors: unknown[] = []): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const walk = (task: Task): void => {
      if (task.tasks) task.tasks.forEach(walk);
      if (task.type !== 'test') {
        // A file that failed to load has no tests to count, but it failed.
        if (task.type === 'suite' && !task.tasks?.length && task.result?.state === 'fail') count.failed++;
        return;
      }
      const state = task.result?.state;
      if (state === 'pass') count.passed++;
      else if (state === 'fail') count.failed++;
      else count.skipped++;
    };
    files.forEach(walk);
    count.failed += errors.length;
    const skipped = count.skipped > 0 ? `, ${count.skipped} skipped` : '';
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed${skipped}\n`);
  }
}
