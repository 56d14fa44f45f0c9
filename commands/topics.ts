/** /topics: the topics discussed; with a filter, the passages about that topic. */
import type { TopicsAnswer } from '../src/engine/types.js';
import { lazyDefinition } from './definition.js';
import { clip, cleanInput, forSearch } from './input.js';
import type { Command, CommandText, Locale } from './types.js';

/** Discord's limits on autocomplete: 25 choices, names and values of at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;
const MAX_FILTER = 100;

const text: Record<Locale, CommandText> = {
  en: {
    name: 'topics',
    description: 'The topics discussed at the summit',
    usage: '/topics [filter]',
    option: { name: 'filter', description: 'Show the passages about one topic' },
  },
  id: {
    name: 'topik',
    description: 'Topik yang dibahas dalam KTT',
    usage: '/topik [saring]',
    option: { name: 'saring', description: 'Tampilkan bagian sumber tentang satu topik' },
  },
};

const definition = lazyDefinition(text, { required: false, maxLength: MAX_FILTER, autocomplete: true });

export const topics: Command<TopicsAnswer> = {
  name: 'topics',
  text,
  get definition() {
    return definition();
  },
  run(ctx, options) {
    const filter = cleanInput(options.filter);
    const answer = ctx.app.topics(filter && forSearch(filter, MAX_FILTER), ctx.scope);
    return filter ? { ...answer, filter } : answer;
  },
  autocomplete(ctx, focused) {
    if (focused.name !== 'filter') return [];
    const typed = cleanInput(focused.value) ?? '';
    const seen = new Set<string>();
    const choices: Array<{ name: string; value: string }> = [];
    for (const label of ctx.app.knownTopics(forSearch(typed, MAX_FILTER), ctx.scope)) {
      const value = clip(label, MAX_CHOICE_LENGTH);
      if (seen.has(value)) continue;
      seen.add(value);
      choices.push({ name: value, value });
      if (choices.length === MAX_CHOICES) break;
    }
    return choices;
  },
};
