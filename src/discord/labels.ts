/**
 * Every word the bot itself puts in a Discord message, in Indonesian and English. The reader's
 * language is their Discord client's (`interaction.locale`): Indonesian for `id`, else English.
 */
export type Locale = 'id' | 'en';

export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'id' ? 'id' : 'en';
}

export interface Labels {
  passage(n: number): string;
  page(current: number, total: number): string;
  showPassage(numbers: number[]): string;
  morePassages: string;
  previous: string;
  notFound: string;
  suggestions: string;
  whoTitle: string;
  noPeople: string;
  whenTitle: string;
  noDates: string;
  topicsTitle: string;
  noTopics: string;
  part(current: number, total: number): string;
  cooldown(seconds: number): string;
  apology: string;
  expired: string;
  passageGone: string;
  shuttingDown: string;
  unknownCommand: string;
}

export const LABELS: Record<Locale, Labels> = {
  en: {
    passage: (n) => `passage ${n}`,
    page: (current, total) => `Page ${current} of ${total}`,
    showPassage: (numbers) => `Passage [${numbers.join(', ')}]`,
    morePassages: 'More passages',
    previous: 'Previous',
    notFound: 'The sources do not answer this question.',
    suggestions: 'They do cover:',
    whoTitle: 'Who took part',
    noPeople: 'The sources name no one for this.',
    whenTitle: 'When',
    noDates: 'The sources give no time for this.',
    topicsTitle: 'Topics discussed',
    noTopics: 'The sources discuss no such topic.',
    part: (current, total) => `part ${current} of ${total}`,
    cooldown: (s) => `You are asking quickly: try again in ${s} s.`,
    apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
    expired: 'This button has expired (the answer or the bot changed since). Run the command again.',
    passageGone: 'That passage is no longer in the sources (it may have been removed). Run the command again.',
    shuttingDown: 'The bot is restarting; please try again in a moment.',
    unknownCommand: 'This command is no longer available. Type / to see the current ones.',
  },
  id: {
    passage: (n) => `paragraf ${n}`,
    page: (current, total) => `Halaman ${current} dari ${total}`,
    showPassage: (numbers) => `Kutipan [${numbers.join(', ')}]`,
    morePassages: 'Kutipan lainnya',
    previous: 'Sebelumnya',
    notFound: 'Sumber tidak menjawab pertanyaan ini.',
    suggestions: 'Yang dibahas sumber:',
    whoTitle: 'Siapa yang terlibat',
    noPeople: 'Sumber tidak menyebut siapa pun untuk ini.',
    whenTitle: 'Kapan',
    noDates: 'Sumber tidak menyebut waktu untuk ini.',
    topicsTitle: 'Topik yang dibahas',
    noTopics: 'Sumber tidak membahas topik seperti itu.',
    part: (current, total) => `bagian ${current} dari ${total}`,
    cooldown: (s) => `Anda bertanya terlalu cepat: coba lagi dalam ${s} detik.`,
    apology: 'Maaf, terjadi kesalahan saat menjawab. Kesalahan sudah dicatat; silakan coba lagi.',
    expired: 'Tombol ini sudah kedaluwarsa (jawaban atau bot telah berubah). Jalankan perintahnya lagi.',
    passageGone: 'Bagian itu sudah tidak ada di sumber (mungkin telah dihapus). Jalankan perintahnya lagi.',
    shuttingDown: 'Bot sedang dimulai ulang; silakan coba lagi sebentar lagi.',
    unknownCommand: 'Perintah ini sudah tidak tersedia. Ketik / untuk melihat perintah yang ada.',
  },
};
