/**
 * The logger: pino, always to stderr so stdout stays clean for answers (the scripted interface
 * promises exactly one JSON object per command there). On a terminal the lines are shortened to
 * `level: message key=value` so they read well next to the console's prompt; elsewhere they stay
 * JSON for log collectors.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  // Synchronous writes: a one-shot command exits right after answering and must not drop lines.
  const stream = options.pretty ? prettyStderr() : pino.destination({ fd: 2, sync: true });
  return pino({ level, base: undefined }, stream);
}

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

function prettyStderr(): DestinationStream {
  return {
    write(line: string) {
      process.stderr.write(prettyLine(line) + '\n');
    },
  };
}

/** One pino JSON line as `level: message key=value …` (the stack, when there is one, below). */
export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const { level, time: _time, msg, err, ...rest } = record;
  const name = LEVEL_NAMES[level as number] ?? String(level);
  const extras = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const stack = err && typeof err === 'object' && 'stack' in err ? `\n${String((err as { stack: unknown }).stack)}` : '';
  return [`${name}: ${String(msg ?? '')}`, ...extras].join(' ') + stack;
}
