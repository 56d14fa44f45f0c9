/**
 * The eval figures as floors, so quality cannot silently regress. Floors sit just under what
 * `npm run eval` measured when they were set (see README); FacQA is checked on its valid split
 * only — test is reported, never tuned to.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scoreSummit } from '../../src/eval/summit.js';
import { scoreFacqa } from '../../src/eval/facqa.js';
import { seedSource } from '../support/seed.js';

const shared = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const hasShared = existsSync(shared);

describe.skipIf(!hasShared)('eval floors', () => {
  test('summit set: hit@1, unanswerable, /who, /when, /topics', () => {
    const s = scoreSummit(`${shared}summit-questions.json`, [seedSource()]);
    expect(s.hit1.id).toBeGreaterThanOrEqual(0.95);
    expect(s.hit1.en).toBeGreaterThanOrEqual(0.95);
    expect(s.hit1.all).toBeGreaterThan(s.hit1.plainAll);
    expect(s.unanswerable.declined).toBe(s.unanswerable.total);
    expect(s.who.ok).toBe(true);
    expect(s.when.ok).toBe(true);
    expect(s.topics.ok).toBe(true);
  });

  test('FacQA valid: retrieval beats plain MiniSearch; short answers hold their F1', () => {
    const [valid] = scoreFacqa(`${shared}facqa/facqa_all.jsonl`, ['valid']);
    expect(valid!.ours.r1).toBeGreaterThanOrEqual(0.72);
    expect(valid!.ours.r1).toBeGreaterThan(valid!.plain.r1);
    expect(valid!.ours.r5).toBeGreaterThanOrEqual(0.87);
    expect(valid!.ours.a1).toBeGreaterThan(valid!.plain.a1);
    expect(valid!.ours.f1).toBeGreaterThanOrEqual(0.62);
  }, 120_000);
});
