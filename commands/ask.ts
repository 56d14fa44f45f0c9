/** /ask: a free-form question in Indonesian or English, answered with cited excerpts. */
import type { AskAnswer } from '../src/engine/types.js';
import { UserError } from '../src/errors.js';
import { lazyDefinition } from './definition.js';
import { cleanInput, forSearch, MAX_QUESTION } from './input.js';
import type { Command, CommandText, Locale } from './types.js';

const text: Record<Locale, CommandText> = {
  en: {
    name: 'ask',
    description: 'Ask a question about the summit; the answer cites the passages it comes from',
    usage: '/ask <question>',
    option: { name: 'question', description: 'Your question, in Indonesian or English' },
  },
  id: {
    name: 'tanya',
    description: 'Ajukan pertanyaan tentang KTT; jawabannya mengutip bagian sumber',
    usage: '/tanya <pertanyaan>',
    option: { name: 'pertanyaan', description: 'Pertanyaan Anda, dalam bahasa Indonesia atau Inggris' },
  },
};

const EMPTY: Record<Locale, string> = {
  en: 'Ask a question: for example /ask Who accompanied Putin?',
  id: 'Tulis pertanyaan: misalnya /tanya Siapa yang mendampingi Putin?',
};

const definition = lazyDefinition(text, { required: true, maxLength: MAX_QUESTION });

export const ask: Command<AskAnswer> = {
  name: 'ask',
  text,
  get definition() {
    return definition();
  },
  run(ctx, options) {
    const question = cleanInput(options.question);
    if (!question) throw new UserError(EMPTY[ctx.locale]);
    // The reply echoes the question as asked; only search sees the shortened form.
    return { ...ctx.app.ask(forSearch(question), ctx.scope), query: question };
  },
};
