/** /who: the people who took part; with a question, the people that answer it, best first. */
import type { WhoAnswer } from '../src/engine/types.js';
import { lazyDefinition } from './definition.js';
import { cleanInput, forSearch, MAX_QUESTION } from './input.js';
import type { Command, CommandText, Locale } from './types.js';

const text: Record<Locale, CommandText> = {
  en: {
    name: 'who',
    description: 'Who took part in the summit, with their roles and sides',
    usage: '/who [question]',
    option: { name: 'question', description: 'Narrow it down, e.g. "special envoy" or "who represented Russia?"' },
  },
  id: {
    name: 'siapa',
    description: 'Siapa saja yang ikut dalam KTT, beserta jabatan dan pihaknya',
    usage: '/siapa [pertanyaan]',
    option: { name: 'pertanyaan', description: 'Persempit, misalnya "utusan khusus" atau "siapa yang mewakili Rusia?"' },
  },
};

const definition = lazyDefinition(text, { required: false, maxLength: MAX_QUESTION });

export const who: Command<WhoAnswer> = {
  name: 'who',
  text,
  get definition() {
    return definition();
  },
  run(ctx, options) {
    const question = cleanInput(options.question);
    const answer = ctx.app.who(question && forSearch(question), ctx.scope);
    return question ? { ...answer, query: question } : answer;
  },
};
