/**
 * npm run eval: answer quality, side by side with plain MiniSearch on the same passages.
 *   --shared DIR   where the shared eval sets live (default ../shared)
 *   --splits a,b   FacQA splits to score (default valid,test; tune on train and valid only)
 *   --haystack N   also score FacQA mixed into N generated passages (e.g. 100000; takes minutes)
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/sources/corpus.js';
import { scoreSummit } from '../src/eval/summit.js';
import { scoreFacqa } from '../src/eval/facqa.js';
import { scoreHaystack } from '../src/eval/haystack.js';
import { createProgress } from '../src/bench/progress.js';

const { values } = parseArgs({
  options: { shared: { type: 'string', default: '../shared' }, splits: { type: 'string', default: 'valid,test' }, haystack: { type: 'string' }, corpus: { type: 'string', default: 'corpus' } },
});
const shared = resolve(values.shared!);
const pct = (x: number) => x.toFixed(3);

const corpus = await loadCorpus(resolve(values.corpus!));
const summit = scoreSummit(join(shared, 'eval/summit-questions.json'), corpus.sources);
console.log('Summit set (corpus/)                 ours    plain MiniSearch');
console.log(`  hit@1, Indonesian questions        ${pct(summit.hit1.id)}   ${pct(summit.hit1.plainId)}`);
console.log(`  hit@1, English questions           ${pct(summit.hit1.en)}   ${pct(summit.hit1.plainEn)}`);
console.log(`  hit@1, all                         ${pct(summit.hit1.all)}   ${pct(summit.hit1.plainAll)}`);
console.log(`  unanswerable declined              ${summit.unanswerable.declined}/${summit.unanswerable.total}     ${summit.unanswerable.plainDeclined}/${summit.unanswerable.total}`);
console.log(`  /who exactly the expected people   ${summit.who.ok ? 'yes' : 'no'}     -   (${summit.who.names.join(', ')})`);
console.log(`  /when as expected                  ${summit.when.ok ? 'yes' : 'no'}     -   (found=${summit.when.found}; ${summit.when.texts.join(' | ')})`);
console.log(`  /topics as expected                ${summit.topics.ok ? 'yes' : 'no'}     -   (${summit.topics.matched.join(', ')})`);
if (summit.misses.length > 0) console.log(`  missed: ${summit.misses.join(' | ')}`);

const started = Date.now();
console.log('\nFacQA (every passage a source)        R@1     R@5     A@1     EM      F1    | plain R@1  R@5     A@1');
for (const s of scoreFacqa(join(shared, 'eval/facqa/facqa_all.jsonl'), values.splits!.split(','))) {
  console.log(`  ${s.split.padEnd(6)} (${String(s.questions).padStart(4)} questions)        ${pct(s.ours.r1)}   ${pct(s.ours.r5)}   ${pct(s.ours.a1)}   ${pct(s.ours.em)}   ${pct(s.ours.f1)} | ${pct(s.plain.r1)}      ${pct(s.plain.r5)}   ${pct(s.plain.a1)}`);
}
console.error(`(FacQA scored in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

if (values.haystack) {
  const passages = Number(values.haystack);
  if (!Number.isInteger(passages) || passages <= 0) throw new Error(`--haystack needs a number of passages, not "${values.haystack}"`);
  const progress = createProgress(process.stderr);
  const rows = scoreHaystack({ facqaPath: join(shared, 'eval/facqa/facqa_all.jsonl'), passages, splits: values.splits!.split(','), onProgress: (phase, done, total) => progress.update(phase, done, total) });
  progress.finish();
  console.log(`\nFacQA in a haystack of ${passages.toLocaleString('en-US')} generated passages`);
  console.log('                                     top holds answer  found | /ask p50/p99 ms | plain: top holds answer  search p50/p99 ms');
  for (const r of rows) {
    console.log(`  ${r.split.padEnd(6)} (${String(r.questions).padStart(4)} questions)        ${pct(r.ours.topHoldsAnswer)}          ${pct(r.ours.found)} | ${r.ours.askP50Ms.toFixed(0).padStart(5)} / ${r.ours.askP99Ms.toFixed(0).padEnd(5)}   |        ${pct(r.plain.topHoldsAnswer)}          ${r.plain.searchP50Ms.toFixed(0).padStart(5)} / ${r.plain.searchP99Ms.toFixed(0)}`);
  }
}
