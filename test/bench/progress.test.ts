import { describe, expect, test } from 'vitest';
import { createProgress, progressBar, progressLine } from '../../src/bench/progress.js';

describe('progress formatting', () => {
  test.each([
    { done: 0, total: 100_000, bar: '[..........]', pct: '  0%', counts: '0/100,000' },
    { done: 45_000, total: 100_000, bar: '[####......]', pct: ' 45%', counts: '45,000/100,000' },
    { done: 100_000, total: 100_000, bar: '[##########]', pct: '100%', counts: '100,000/100,000' },
  ])('bar at $done of $total', ({ done, total, bar, pct, counts }) => {
    const line = progressBar('ours: build', done, total, 12_345, 10);
    expect(line).toContain(bar);
    expect(line).toContain(`${pct}  ${counts}`);
    expect(line).toMatch(/12\.3 s$/);
  });

  test('a single-step phase shows no counts', () => {
    expect(progressLine('plain: build', 1, 1, 2_000)).toBe('plain: build 100% 2.0 s');
    expect(progressLine('ours: build', 400, 1000, 500)).toBe('ours: build 40% (400/1,000) 0.5 s');
  });
});

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 120, write: (t: string) => writes.push(t) } };
}

describe('createProgress', () => {
  test('off a terminal: one line per tenth of a phase, never a carriage return', () => {
    const { writes, stream } = fakeStream(false);
    const progress = createProgress(stream, () => 0);
    for (let done = 0; done <= 1000; done += 25) progress.update('ours: build', done, 1000);
    progress.finish();
    expect(writes).toHaveLength(11);
    expect(writes[0]).toBe('ours: build 0% (0/1,000) 0.0 s\n');
    expect(writes[10]).toBe('ours: build 100% (1,000/1,000) 0.0 s\n');
    expect(writes.join('')).not.toContain('\r');
  });

  test('on a terminal: the bar is redrawn in place, and a new phase starts on a new line', () => {
    const { writes, stream } = fakeStream(true);
    const progress = createProgress(stream, () => 0);
    progress.update('ours: build', 1, 2);
    progress.update('ours: build', 2, 2);
    progress.update('plain: build', 1, 1);
    progress.finish();
    expect(writes[0]!.startsWith('\rours: build')).toBe(true);
    expect(writes[2]).toBe('\n');
    expect(writes[3]!.startsWith('\rplain: build')).toBe(true);
    expect(writes.at(-1)).toBe('\n');
  });
});
