/**
 * Fits the re-ranking weights (src/engine/rank.ts) on FacQA's train split by coordinate ascent on
 * R@1, and reports R@1 on the valid split. Never touches the test split. Run after changing the
 * features; paste the printed weights into rank.ts.
 */
import { loadFacqa } from '../src/eval/facqa.js';
import { Library } from '../src/engine/library.js';
import { parseQuery } from '../src/engine/query.js';
import { rank, WEIGHTS, FEATURES } from '../src/engine/rank.js';

const path = process.argv[2] ?? '../shared/eval/facqa/facqa_all.jsonl';
const { items, sources, sourceOf } = loadFacqa(path);
const library = new Library();
for (const s of sources) library.add(s);

function featurize(split: string) {
  return items.filter((i) => i.split === split).map((item) => {
    const query = parseQuery(item.question);
    const ranked = rank(library, query, library.searchQuery(query, 30));
    const gold = sourceOf.get(item.passage)!;
    return ranked.map((r) => ({ features: r.features, gold: r.hit.passage.sourceId === gold }));
  });
}

function r1(data: ReturnType<typeof featurize>, w: number[]): number {
  let hits = 0;
  for (const candidates of data) {
    let best = -Infinity, gold = false;
    for (const c of candidates) {
      const s = c.features.reduce((a, f, i) => a + f * w[i]!, 0);
      if (s > best) { best = s; gold = c.gold; }
    }
    if (gold) hits++;
  }
  return hits / data.length;
}

for (let round = 0; round < 2; round++) {
  const train = featurize('train');
  let w = [...WEIGHTS];
  let score = r1(train, w);
  for (let pass = 0; pass < 4; pass++) {
    for (let i = 0; i < w.length; i++) {
      for (const v of [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3]) {
        const trial = [...w]; trial[i] = v;
        const s = r1(train, trial);
        if (s > score + 1e-9) { score = s; w = trial; }
      }
    }
  }
  WEIGHTS.splice(0, WEIGHTS.length, ...w);
  console.log(`round ${round}: train R@1 ${score.toFixed(4)}, valid R@1 ${r1(featurize('valid'), w).toFixed(4)}`);
  console.log(Object.fromEntries(FEATURES.map((f, i) => [f, w[i]])));
}
