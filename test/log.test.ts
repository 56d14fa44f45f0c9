import { describe, expect, it } from 'vitest';
import { prettyLine } from '../src/log.js';

describe('prettyLine', () => {
  it.each([
    ['{"level":40,"time":1,"msg":"corpus/x.md:3: skipped"}', 'warn: corpus/x.md:3: skipped'],
    ['{"level":30,"time":1,"sources":2,"ms":40,"msg":"Loaded"}', 'info: Loaded sources=2 ms=40'],
    ['{"level":50,"msg":"Command failed","err":{"stack":"Error: x\\n    at y"}}', 'error: Command failed\nError: x\n    at y'],
    ['not json\n', 'not json'],
  ])('%s', (line, expected) => {
    expect(prettyLine(line)).toBe(expected);
  });
});
