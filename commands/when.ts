/** /when: when the summit took place; with a question, the time expressions that answer it. */
import type { WhenAnswer } from '../src/engine/types.js';
import { lazyDefinition } from './definition.js';
import { cleanInput, forSearch, MAX_QUESTION } from './input.js';
import type { Command, CommandText, Locale } from './types.js';

const text: Record<Locale, CommandText> = {
  en: {
    name: 'when',
    description: 'When the summit took place, and the other times the sources give',
    usage: '/when [question]',
    option: { name: 'question', description: 'Ask about one time, e.g. "how long did the talks last?"' },
  },
  id: {
    name: 'kapan',
    description: 'Kapan KTT berlangsung, dan keterangan waktu lain dari sumber',
    usage: '/kapan [pertanyaan]',
    option: { name: 'pertanyaan', description: 'Tanyakan satu waktu, misalnya "berapa lama pertemuan berlangsung?"' },
  },
};

const definition = lazyDefinition(text, { required: false, maxLength: MAX_QUESTION });

export const when: Command<WhenAnswer> = {
  name: 'when',
  text,
  get definition() {
    return definition();
  },
  run(ctx, options) {
    const question = cleanInput(options.question);
    const answer = ctx.app.when(question && forSearch(question), ctx.scope);
    return question ? { ...answer, query: question } : answer;
  },
};
