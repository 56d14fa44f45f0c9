import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.js';
import { UserError } from '../../src/errors.js';
import { fakeApp } from './fake-app.js';

const scope = { guildId: '123456789012345678' };

describe('definitions', () => {
  it.each(commands.map((c) => [c.name, c] as const))('/%s has an Indonesian name and description within Discord\'s limits', (_name, command) => {
    const d = command.definition;
    expect(d.name).toBe(command.name);
    for (const name of [d.name, d.name_localizations?.id]) expect(name).toMatch(/^[\p{Ll}\p{Lo}\p{N}_-]{1,32}$/u);
    for (const description of [d.description, d.description_localizations?.id]) {
      expect(description!.length).toBeGreaterThan(0);
      expect(description!.length).toBeLessThanOrEqual(100);
    }
    expect(d.name_localizations?.id).not.toBe(d.name);
    for (const option of d.options ?? []) {
      expect(option.name_localizations?.id).toMatch(/^[\p{Ll}\p{N}_-]{1,32}$/u);
      expect(option.description.length).toBeLessThanOrEqual(100);
      expect(option.description_localizations?.id?.length).toBeLessThanOrEqual(100);
    }
  });

  it('localizes the names as agreed', () => {
    const names = Object.fromEntries(commands.map((c) => [c.name, c.definition.name_localizations?.id]));
    expect(names).toEqual({ ask: 'tanya', who: 'siapa', when: 'kapan', topics: 'topik', help: 'bantuan' });
    const option = (name: string) => findCommand(name)!.definition.options?.[0] as { name: string; name_localizations?: { id?: string }; required?: boolean; max_length?: number; autocomplete?: boolean } | undefined;
    expect(option('ask')).toMatchObject({ name: 'question', name_localizations: { id: 'pertanyaan' }, required: true, max_length: 1000 });
    expect(option('who')).toMatchObject({ name: 'question', required: false });
    expect(option('when')).toMatchObject({ name: 'question', required: false });
    expect(option('topics')).toMatchObject({ name: 'filter', name_localizations: { id: 'saring' }, required: false, autocomplete: true });
    expect(option('help')).toBeUndefined();
  });

  it('finds commands by English or Indonesian name', () => {
    expect(findCommand('tanya')?.name).toBe('ask');
    expect(findCommand('ASK')?.name).toBe('ask');
    expect(findCommand('nope')).toBeUndefined();
  });
});

describe('handlers', () => {
  const ask = findCommand('ask')!;

  it.each([undefined, '', '   \n\t '])('/ask with %j is a UserError asking for a question', (question) => {
    const ctx = { app: fakeApp(), scope, locale: 'en' as const };
    expect(() => ask.run(ctx, { question })).toThrow(new UserError('Ask a question: for example /ask Who accompanied Putin?'));
    expect(() => ask.run({ ...ctx, locale: 'id' }, { question })).toThrow(/^Tulis pertanyaan/);
    expect(ctx.app.calls).toEqual([]);
  });

  it('passes the question and scope to the app', () => {
    const app = fakeApp();
    const answer = ask.run({ app, scope, locale: 'en' }, { question: '  Siapa Menteri Luar Negeri Rusia?  ' });
    expect(app.calls).toEqual([['ask', 'Siapa Menteri Luar Negeri Rusia?', scope]]);
    expect(answer).toMatchObject({ command: 'ask', answer: 'Sergey Lavrov', query: 'Siapa Menteri Luar Negeri Rusia?' });
  });

  it('cuts a 5,000-character question to 1,000 for search but echoes it whole', () => {
    const app = fakeApp();
    const question = 'Siapa yang hadir? '.repeat(280).trim();
    const answer = ask.run({ app, scope, locale: 'en' }, { question });
    const searched = app.calls[0]![1] as string;
    expect(searched.length).toBeLessThanOrEqual(1000);
    expect(question.startsWith(searched)).toBe(true);
    expect(answer.command === 'ask' && answer.query).toBe(question);
  });

  it('keeps emoji and mixed scripts, and never splits an emoji at the cut', () => {
    const app = fakeApp();
    ask.run({ app, scope, locale: 'en' }, { question: 'Siapa 👋 hadir в Аляске 東京?' });
    expect(app.calls[0]![1]).toBe('Siapa 👋 hadir в Аляске 東京?');
    ask.run({ app, scope, locale: 'en' }, { question: '🙂'.repeat(800) });
    expect(() => encodeURIComponent(app.calls[1]![1] as string)).not.toThrow();
  });

  it.each([
    ['who', { question: '' }, ['who', null]],
    ['who', { question: ' utusan khusus ' }, ['who', 'utusan khusus']],
    ['when', {}, ['when', null]],
    ['when', { question: 'berapa lama?' }, ['when', 'berapa lama?']],
    ['topics', { filter: '  ' }, ['topics', null]],
    ['topics', { filter: 'siber' }, ['topics', 'siber']],
  ] as const)('/%s %j asks the app %j', (name, options, call) => {
    const app = fakeApp();
    findCommand(name)!.run({ app, scope, locale: 'en' }, options);
    expect(app.calls).toEqual([[...call, scope]]);
  });

  it('topics autocomplete offers at most 25 choices of at most 100 characters', () => {
    const app = fakeApp();
    const choices = findCommand('topics')!.autocomplete!({ app, scope, locale: 'id' }, { name: 'filter', value: 'top' });
    expect(app.calls).toEqual([['knownTopics', 'top', scope]]);
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    ['en', '/ask <question>', 'Every answer cites'],
    ['id', '/tanya <pertanyaan>', 'Setiap jawaban mengutip'],
  ] as const)('/help describes every command in %s', (locale, usage, note) => {
    const help = findCommand('help')!.run({ app: fakeApp(), scope, locale }, {});
    expect(help.command).toBe('help');
    if (help.command !== 'help') return;
    expect(help.commands.map((c) => c.usage)).toContain(usage);
    expect(help.commands).toHaveLength(commands.length);
    expect(help.note).toContain(note);
  });
});
