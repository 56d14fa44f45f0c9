/**
 * The start-up probe: a fresh process that loads the engine, indexes the corpus file ("cold") or
 * loads a snapshot ("warm"), answers one question and prints its timings as one JSON line.
 * Its parent times it from spawn to that line, so process start and module loading count.
 */
import { readFileSync } from 'node:fs';
import type { Source } from '../engine/types.js';

const [mode, file, question] = process.argv.slice(2);
if ((mode !== 'cold' && mode !== 'warm') || !file || !question) {
  console.error('usage: first-answer cold|warm <corpus.json|snapshot.json> <question>');
  process.exit(2);
}

let t = performance.now();
const engine = await import('../engine/index.js');
const importMs = performance.now() - t;

t = performance.now();
let library: InstanceType<typeof engine.Library>;
if (mode === 'cold') {
  library = new engine.Library();
  for (const source of JSON.parse(readFileSync(file, 'utf8')) as Source[]) library.add(source);
} else {
  library = engine.Library.fromSnapshot(JSON.parse(readFileSync(file, 'utf8')));
}
const loadMs = performance.now() - t;

t = performance.now();
const answer = engine.ask(library, question);
const answerMs = performance.now() - t;
process.stdout.write(`${JSON.stringify({ importMs, loadMs, answerMs, found: answer.found })}\n`);
