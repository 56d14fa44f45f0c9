import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AskAnswer, Citation, TopicsAnswer, WhoAnswer } from '../../src/engine/types.js';
import { recoverQuestion } from '../../src/discord/buttons.js';
import { decodeCustomId } from '../../src/discord/custom-id.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { renderPassage } from '../../src/discord/passage-view.js';
import { paginate, itemsOf, renderAnswer, renderNotice, type MessagePayload } from '../../src/discord/render.js';
import { validateMessage } from '../support/discord-api/validate.js';

const TITLE = 'Putaran pertama perundingan Putin–Trump di Alaska';
const cite = (passage: number, excerpt: string, extra: Partial<Citation> = {}): Citation => ({
  source: 'alaska-summit-2025', title: TITLE, url: null, published: null, passage, excerpt, ...extra,
});
const LAVROV = cite(1, 'Dari Rusia, hadir Menteri Luar Negeri Sergey Lavrov dan Penasihat Presiden untuk Urusan Internasional, Yury Ushakov.');
const askAnswer = (over: Partial<AskAnswer> = {}): AskAnswer => ({
  command: 'ask', query: 'Siapa yang mendampingi Putin?', found: true, answer: 'Sergey Lavrov', citations: [LAVROV], ...over,
});

const description = (p: MessagePayload | null) => p?.embeds[0]?.description ?? '';
const buttons = (p: MessagePayload | null) => (p?.components ?? []).flatMap((row) => row.components);
/** What Discord would say about this payload (null: accepted). */
const discordVerdict = (p: MessagePayload) => validateMessage({ content: p.content, embeds: p.embeds, components: p.components, allowed_mentions: p.allowedMentions }, [], { create: true });

describe('an ask answer', () => {
  test.each([
    ['en', 'passage 1', 'Passage [1]'],
    ['id', 'paragraf 1', 'Kutipan [1]'],
  ] as const)('in %s: short answer first, then the numbered citation and the excerpt', (locale, passageLabel, buttonLabel) => {
    const payload = renderAnswer(askAnswer(), locale)!;
    const text = description(payload);
    expect(payload.embeds[0]?.title).toBe('Siapa yang mendampingi Putin?');
    expect(text.startsWith('**Sergey Lavrov**')).toBe(true);
    expect(text).toContain(`**[1]** *${TITLE}*, ${passageLabel}`);
    expect(text).toContain(`> ${LAVROV.excerpt}`);
    expect(buttons(payload).map((b) => b.label)).toEqual([buttonLabel]);
    expect(decodeCustomId(buttons(payload)[0]!.custom_id)).toEqual({ kind: 'passage', sourceId: 'alaska-summit-2025', passage: 1 });
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  test('a source with a URL and a date is linked and dated', () => {
    const payload = renderAnswer(askAnswer({ citations: [cite(3, 'Teks.', { url: 'https://example.com/a_(b)', published: '2025-08-16' })] }), 'en');
    expect(description(payload)).toContain(`**[1]** [${TITLE}](https://example.com/a_%28b%29), passage 3 · 2025-08-16`);
  });

  test('excerpts are escaped: no formatting, links or mention pills from source text', () => {
    const excerpt = '**Penting**: lihat [tautan](https://x.y) dan <@123456789012345678> _miring_';
    const text = description(renderAnswer(askAnswer({ citations: [cite(2, excerpt)] }), 'en'));
    const quoted = text.split('\n').find((line) => line.startsWith('> '))!.slice(2);
    expect(quoted).not.toContain('**P');
    expect(unescapeMarkdown(quoted)).toBe(excerpt);
  });

  test('when the sources do not answer, it says so and suggests what they cover', () => {
    const text = description(renderAnswer(askAnswer({ found: false, answer: null, citations: [], suggestions: ['keamanan siber', 'terorisme global'] }), 'id'));
    expect(text).toBe('Sumber tidak menjawab pertanyaan ini.\nYang dibahas sumber: keamanan siber · terorisme global');
  });
});

describe('who: every person, then their citations', () => {
  const USHAKOV = cite(1, 'Penasihat Presiden untuk Urusan Internasional, Yury Ushakov.');
  const answer: WhoAnswer = {
    command: 'who', query: null, found: true,
    people: [
      { name: 'Sergey Lavrov', role: 'Menteri Luar Negeri', side: 'Rusia', citations: [LAVROV, cite(4, 'Lavrov lagi.')] },
      { name: 'Yury Ushakov', role: 'Penasihat Presiden', side: 'Rusia', citations: [LAVROV, USHAKOV] },
      { name: 'Marco Rubio', role: null, side: null, citations: [cite(2, 'Marco Rubio.')] },
    ],
  };

  test('lists the people first, then each one’s best citation before anyone’s second', () => {
    const payload = renderAnswer(answer, 'en')!;
    const text = description(payload);
    expect(payload.embeds[0]?.title).toBe('Who took part');
    expect(text.startsWith('**Sergey Lavrov** — Menteri Luar Negeri (Rusia)\n**Yury Ushakov** — Penasihat Presiden (Rusia)\n**Marco Rubio**\n\n')).toBe(true);
    expect(itemsOf(answer).map((i) => [i.headings, i.citation.passage])).toEqual([
      [['Sergey Lavrov', 'Yury Ushakov'], 1], [['Marco Rubio'], 2], [['Sergey Lavrov'], 4], [['Yury Ushakov'], 1],
    ]);
  });

  test('an excerpt supporting several people is listed once, under all their names', () => {
    const text = description(renderAnswer(answer, 'en'));
    expect(text).toContain(`**[1] Sergey Lavrov, Yury Ushakov** — *${TITLE}*, passage 1\n> ${LAVROV.excerpt}`);
    expect(text.split(LAVROV.excerpt).length).toBe(2);
  });

  test('two citations of one passage share one button', () => {
    expect(buttons(renderAnswer(answer, 'en')).map((b) => b.label)).toEqual(['Passage [1, 4]', 'Passage [2]', 'Passage [3]']);
  });
});

describe('pages', () => {
  const topics: TopicsAnswer = {
    command: 'topics', filter: null, found: true,
    topics: Array.from({ length: 12 }, (_, i) => ({ label: `topik ${i + 1}`, citations: [cite(i + 1, `Kutipan nomor ${i + 1}.`)] })),
  };

  test('"More passages" pages through further citations, numbered on from the last page', () => {
    const page2 = renderAnswer(topics, 'en', 2)!;
    expect(description(page2)).toContain('**[6] topik 6**');
    expect(description(page2)).not.toContain('**[5] ');
    expect(page2.embeds[0]?.footer?.text).toBe('Page 2 of 3');
    const nav = page2.components[1]!.components;
    expect(nav.map((b) => [b.label, decodeCustomId(b.custom_id), Boolean(b.disabled)])).toEqual([
      ['Previous', { kind: 'page', command: 'topics', page: 1, question: { kind: 'none' } }, false],
      ['More passages', { kind: 'page', command: 'topics', page: 3, question: { kind: 'none' } }, false],
    ]);
    expect(buttons(renderAnswer(topics, 'en', 3)).at(-1)).toMatchObject({ label: 'More passages', disabled: true });
    expect(renderAnswer(topics, 'en', 4)).toBeNull();
  });

  test('a page holds the same citations in either language', () => {
    const numbers = (locale: 'en' | 'id', page: number) => [...description(renderAnswer(topics, locale, page)).matchAll(/\*\*\[(\d+)\]/g)].map((m) => m[1]);
    for (const page of [1, 2, 3]) expect(numbers('id', page)).toEqual(numbers('en', page));
  });

  test('a long question travels through the message: buttons recover it from title or footer', () => {
    for (const length of [150, 600]) {
      const question = `Apa ${'yang dibahas '.repeat(length / 13)}?`.slice(0, length);
      const payload = renderAnswer({ ...topics, filter: question }, 'id', 1)!;
      const next = buttons(payload).find((b) => b.label === 'Kutipan lainnya')!;
      const state = decodeCustomId(next.custom_id);
      expect(state?.kind === 'page' && state.question.kind).toBe('hash');
      if (state?.kind !== 'page') throw new Error('not a page');
      const embeds = payload.embeds.map((e) => ({ title: e.title, footer: e.footer }));
      expect(recoverQuestion(state.question, embeds)).toEqual({ ok: true, question: question.replace(/\s+/g, ' ').trim() });
      expect(recoverQuestion(state.question, [{ title: 'something else' }])).toEqual({ ok: false });
    }
  });
});

describe('Discord limits hold by construction', () => {
  const unit = fc.constantFrom('a', 'b', ' ', '*', '_', '\\', '<', '\n', 'é', '>', '-', '[', ')');
  // Half the strings at their maximum length: the limits matter when everything is long at once.
  const text = (max: number) => fc.oneof(fc.string({ unit, maxLength: max }), fc.string({ unit, minLength: max, maxLength: max }));
  const citation = fc.record({
    source: fc.string({ minLength: 1, maxLength: 150 }), title: text(1000), url: fc.option(fc.constantFrom('https://example.com/a', `https://example.com/${'p'.repeat(175)}`, `https://example.com/${'q'.repeat(400)}`)),
    published: fc.option(fc.constant('2025-08-16')), passage: fc.integer({ min: 1, max: 99999 }), excerpt: text(400),
  });

  test('every page of any answer is accepted by Discord', () => {
    fc.assert(fc.property(text(1200), fc.array(fc.tuple(text(500), text(500), fc.array(citation, { minLength: 1, maxLength: 4 })), { maxLength: 30 }), fc.constantFrom('en', 'id'), (query, people, locale) => {
      const answer: WhoAnswer = { command: 'who', query: query || null, found: people.length > 0, people: people.map(([name, role, citations]) => ({ name, role, side: null, citations })) };
      const pages = paginate(itemsOf(answer)).length;
      for (let page = 1; page <= pages; page++) {
        const payload = renderAnswer(answer, locale, page)!;
        expect(discordVerdict(payload)).toBeNull();
      }
    }), { numRuns: 60 });
  });

  // URL lengths vary how many of these near-maximal citations share a page (4 or 5).
  test.each([0, 150, 179])('everything at its longest at once, all of it Markdown to escape (URL +%i): still accepted', (urlLength) => {
    const long = (n: number, mark: string) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? ' ' : mark)).join('');
    const worst = (i: number): Citation => ({
      source: `s${i}`, title: long(1000, '_'), url: `https://example.com/${'a'.repeat(urlLength)}`, published: '2025-08-16', passage: 99999, excerpt: long(400, '\\'),
    });
    const answer: WhoAnswer = {
      command: 'who', query: long(1000, '<'), found: true,
      people: Array.from({ length: 12 }, (_, i) => ({ name: long(500, '['), role: long(500, '*'), side: long(200, '-'), citations: [worst(i), worst(i + 100)] })),
    };
    const pages = paginate(itemsOf(answer)).length;
    expect(pages).toBeGreaterThan(4);
    for (const locale of ['en', 'id'] as const) {
      for (let page = 1; page <= pages; page++) expect(discordVerdict(renderAnswer(answer, locale, page)!)).toBeNull();
    }
  });

  test('a notice is cut to fit, never rejected', () => {
    expect(discordVerdict(renderNotice('x '.repeat(3000)))).toBeNull();
  });
});

describe('the whole passage', () => {
  const meta = { id: 'alaska-summit-2025', title: TITLE, url: 'https://example.com/summit', published: '2025-08-16', lang: 'id' as const };
  const passage = (text: string) => ({ key: 'alaska-summit-2025#7', sourceId: 'alaska-summit-2025', number: 7, text, sentences: [], lang: 'id' as const });

  test('a paragraph that fits is one private embed, titled with the source and passage', () => {
    const [only, ...rest] = renderPassage(meta, passage('Kedua pemimpin sepakat untuk melanjutkan diskusi.'), 'id');
    expect(rest).toEqual([]);
    expect(only!.embeds[0]).toMatchObject({ title: `${TITLE} — paragraf 7`, url: 'https://example.com/summit', description: 'Kedua pemimpin sepakat untuk melanjutkan diskusi.' });
  });

  test('a paragraph longer than an embed is split across messages, each accepted, nothing lost', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `kata_${i}`).join(' ');
    const parts = renderPassage(meta, passage(long), 'en');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(discordVerdict(part)).toBeNull();
    expect(parts.map((p) => unescapeMarkdown(p.embeds[0]!.description!)).join(' ')).toBe(long);
    expect(parts[1]!.embeds[0]?.footer?.text).toBe(`part 2 of ${parts.length} · 2025-08-16`);
  });
});

test('help lists the commands with their usage', () => {
  const payload = renderAnswer({ command: 'help', locale: 'en', title: 'I answer questions.', commands: [{ name: 'ask', usage: '/ask <question>', description: 'Ask' }], note: 'Every answer cites.' }, 'en')!;
  expect(payload.embeds[0]).toMatchObject({ title: 'I answer questions.', description: '**/ask \\<question\\>** — Ask\n\nEvery answer cites.' });
});
