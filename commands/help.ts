/** /help: what the commands do, in the reader's language. */
import { lazyDefinition } from './definition.js';
import { ask } from './ask.js';
import { who } from './who.js';
import { when } from './when.js';
import { topics } from './topics.js';
import type { Command, CommandText, HelpAnswer, Locale } from './types.js';

const text: Record<Locale, CommandText> = {
  en: { name: 'help', description: 'How to use this bot', usage: '/help' },
  id: { name: 'bantuan', description: 'Cara memakai bot ini', usage: '/bantuan' },
};

const TITLE: Record<Locale, string> = {
  en: 'I answer questions about the Putin–Trump summit in Anchorage, Alaska, from vetted news texts.',
  id: 'Saya menjawab pertanyaan tentang pertemuan Putin–Trump di Anchorage, Alaska, dari teks berita yang telah diperiksa.',
};

const NOTE: Record<Locale, string> = {
  en: 'Every answer cites its sources: [1], [2] name the source and the passage the excerpt comes from. When the sources do not answer, I say so.',
  id: 'Setiap jawaban mengutip sumbernya: [1], [2] menyebut sumber dan bagian asal kutipan. Jika sumber tidak menjawab, saya mengatakannya.',
};

const definition = lazyDefinition(text);

export const help: Command<HelpAnswer> = {
  name: 'help',
  text,
  get definition() {
    return definition();
  },
  run(ctx) {
    const listed = [ask, who, when, topics, help] as const;
    return {
      command: 'help',
      locale: ctx.locale,
      title: TITLE[ctx.locale],
      commands: listed.map((c) => ({ name: c.text[ctx.locale].name, usage: c.text[ctx.locale].usage, description: c.text[ctx.locale].description })),
      note: NOTE[ctx.locale],
    };
  },
};
