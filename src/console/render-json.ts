/**
 * The scripted interface's output: one JSON object per answered command, on one line, so a
 * reader can split stdout on newlines. Answer values already have the CONTRACT.md shapes.
 */
import type { Result } from './run.js';

export function renderJson(result: Result): string {
  return JSON.stringify(result);
}
