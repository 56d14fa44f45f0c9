/** An App that answers from fixed values and records what it was asked: tests front ends without the engine. */
import type { App, Scope } from '../../src/app.js';
import type { Citation } from '../../src/engine/types.js';

export const citation = (passage: number, excerpt: string): Citation => ({
  source: 'alaska-summit-2025',
  title: 'Putaran pertama perundingan Putin–Trump di Alaska',
  url: null,
  published: null,
  passage,
  excerpt,
});

export const LAVROV = citation(1, 'Dari Rusia, hadir Menteri Luar Negeri Sergey Lavrov dan Penasihat Presiden untuk Urusan Internasional, Yury Ushakov.');

export function fakeApp(): App & { calls: Array<[string, unknown, Scope]> } {
  const calls: Array<[string, unknown, Scope]> = [];
  return {
    calls,
    ask(question, scope) {
      calls.push(['ask', question, scope]);
      if (/jepang|japan/i.test(question)) return { command: 'ask', query: question, found: false, answer: null, citations: [], suggestions: ['keamanan siber', 'terorisme global'] };
      if (question === 'boom') throw new Error('engine exploded');
      return { command: 'ask', query: question, found: true, answer: 'Sergey Lavrov', citations: [LAVROV] };
    },
    who(question, scope) {
      calls.push(['who', question, scope]);
      return { command: 'who', query: question, found: true, people: [{ name: 'Sergey Lavrov', role: 'Menteri Luar Negeri', side: 'Rusia', citations: [LAVROV] }, { name: 'Yury Ushakov', role: 'Penasihat Presiden', side: 'Rusia', citations: [LAVROV] }] };
    },
    when(question, scope) {
      calls.push(['when', question, scope]);
      return { command: 'when', query: question, found: false, note: 'No source states the date of the summit.', dates: [{ text: 'lebih dari tiga jam', kind: 'duration', iso: 'PT3H', citations: [citation(1, 'Dalam pertemuan yang berlangsung lebih dari tiga jam tersebut.')] }] };
    },
    topics(filter, scope) {
      calls.push(['topics', filter, scope]);
      return { command: 'topics', filter, found: true, topics: [{ label: 'keamanan siber', citations: [citation(5, 'perhatian utama cenderung tertuju pada keamanan siber')] }] };
    },
    knownTopics(typed, scope) {
      calls.push(['knownTopics', typed, scope]);
      return Array.from({ length: 40 }, (_, i) => (i === 0 ? `${'panjang '.repeat(20)}topik` : `topik ${i}`));
    },
    passage() {
      return undefined;
    },
  };
}
