import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { renderText } from '../../src/console/render-text.js';
import { citation, fakeApp, LAVROV } from '../commands/fake-app.js';

const scope = { guildId: null };
const app = fakeApp();

describe('renderText', () => {
  it('shows the short answer first, then numbered excerpts with source and passage', () => {
    const text = renderText(app.ask('Siapa Menteri Luar Negeri Rusia?', scope));
    expect(text).toBe([
      'Answer: Sergey Lavrov [1]',
      '',
      `[1] “${LAVROV.excerpt}”`,
      '    — Putaran pertama perundingan Putin–Trump di Alaska, passage 1',
    ].join('\n'));
  });

  it('adds the publication date and URL when the source has them', () => {
    const c = { ...citation(3, 'Teks.'), url: 'https://example.com/a', published: '2025-08-16' };
    const text = renderText({ command: 'ask', query: 'q', found: true, answer: null, citations: [c] });
    expect(text).toBe('[1] “Teks.”\n    — Putaran pertama perundingan Putin–Trump di Alaska, passage 3 · published 2025-08-16 · https://example.com/a');
  });

  it('says plainly when the sources do not answer, with suggestions', () => {
    expect(renderText(app.ask('Siapa perdana menteri Jepang?', scope))).toBe(
      'The sources do not answer this.\nThey do cover: keamanan siber; terorisme global.',
    );
  });

  it('lists people with role and side, one footnote for a shared excerpt', () => {
    const text = renderText(app.who(null, scope));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'People who took part (2):',
      '  1. Sergey Lavrov — Menteri Luar Negeri, Rusia [1]',
      '  2. Yury Ushakov — Penasihat Presiden, Rusia [1]',
    ]);
    expect(text.match(/^\[\d\]/gm)).toEqual(['[1]']);
  });

  it('shows the note when no source states the date, then what they do say', () => {
    const text = renderText(app.when(null, scope));
    expect(text.split('\n').slice(0, 2)).toEqual([
      'No source states the date of the summit.',
      '  • lebih dari tiga jam (duration, PT3H) [1]',
    ]);
    const { note: _note, ...bare } = app.when(null, scope);
    expect(renderText(bare).split('\n').slice(0, 2)).toEqual([
      'The sources do not say when the summit took place.',
      'What the sources do say about time:',
    ]);
  });

  it('renders topics, help and errors', () => {
    expect(renderText(app.topics(null, scope))).toMatch(/^Topics discussed:\n {2}• keamanan siber \[1\]\n\n\[1\] “perhatian/);
    const help = renderText(findCommand('help')!.run({ app, scope, locale: 'en' }, {}));
    expect(help).toMatch(/\/ask <question> +Ask a question/);
    expect(renderText({ command: 'ask', error: 'Ask a question: for example /ask Who accompanied Putin?' })).toBe('Error: Ask a question: for example /ask Who accompanied Putin?');
  });
});
