/**
 * The fixed question set the benchmark times: every command, with and without a question, in
 * both languages. Written for this benchmark in the generic style of news questions; none is taken
 * from an evaluation set, and none needs a particular answer: only the time to answer is measured.
 */
import type { Lang } from '../engine/types.js';

export type AskKind = 'person' | 'date' | 'place' | 'number' | 'free';

export interface AskQuestion {
  lang: Lang;
  kind: AskKind;
  text: string;
}

export const ASK_QUESTIONS: readonly AskQuestion[] = [
  { lang: 'id', kind: 'person', text: 'Siapa yang memimpin delegasi pemerintah dalam perundingan itu?' },
  { lang: 'id', kind: 'person', text: 'Siapa menteri yang mengumumkan kebijakan baru tersebut?' },
  { lang: 'id', kind: 'person', text: 'Siapa presiden Rusia yang datang ke Alaska?' },
  { lang: 'id', kind: 'date', text: 'Kapan pertemuan kedua presiden berlangsung?' },
  { lang: 'id', kind: 'date', text: 'Pada tahun berapa perusahaan itu didirikan?' },
  { lang: 'id', kind: 'date', text: 'Kapan gempa bumi itu terjadi?' },
  { lang: 'id', kind: 'place', text: 'Di mana konferensi tingkat tinggi itu diadakan?' },
  { lang: 'id', kind: 'place', text: 'Di kota mana ledakan itu terjadi?' },
  { lang: 'id', kind: 'place', text: 'Di provinsi mana proyek pembangunan jalan itu berada?' },
  { lang: 'id', kind: 'number', text: 'Berapa jumlah korban tewas dalam kecelakaan itu?' },
  { lang: 'id', kind: 'number', text: 'Berapa lama pertemuan itu berlangsung?' },
  { lang: 'id', kind: 'number', text: 'Berapa nilai ekspor minyak tahun lalu?' },
  { lang: 'id', kind: 'free', text: 'Apa yang dibahas dalam pertemuan para menteri luar negeri?' },
  { lang: 'id', kind: 'free', text: 'Mengapa harga bahan bakar naik?' },
  { lang: 'id', kind: 'free', text: 'Bagaimana tanggapan pemerintah terhadap krisis ekonomi?' },
  { lang: 'id', kind: 'free', text: 'perdagangan dan sanksi internasional' },
  { lang: 'en', kind: 'person', text: 'Who led the Russian delegation at the talks?' },
  { lang: 'en', kind: 'person', text: 'Who is the foreign minister of Russia?' },
  { lang: 'en', kind: 'person', text: 'Who accompanied the president during the meeting?' },
  { lang: 'en', kind: 'date', text: 'When did the summit take place?' },
  { lang: 'en', kind: 'date', text: 'In what year did Putin last visit the United States?' },
  { lang: 'en', kind: 'date', text: 'When does the arms control treaty expire?' },
  { lang: 'en', kind: 'place', text: 'Where were the talks held?' },
  { lang: 'en', kind: 'place', text: 'Where did the leaders meet after the summit?' },
  { lang: 'en', kind: 'place', text: 'In which city did the earthquake happen?' },
  { lang: 'en', kind: 'number', text: 'How long did the meeting last?' },
  { lang: 'en', kind: 'number', text: 'How many prisoners were exchanged?' },
  { lang: 'en', kind: 'number', text: 'How many journalists covered the summit?' },
  { lang: 'en', kind: 'free', text: 'What did the leaders discuss about trade?' },
  { lang: 'en', kind: 'free', text: 'Why was Alaska chosen for the meeting?' },
  { lang: 'en', kind: 'free', text: 'What was said about sanctions and energy?' },
  { lang: 'en', kind: 'free', text: 'cyber security cooperation' },
];

/** null: the command without a question (the whole list). */
export const WHO_QUESTIONS: readonly (string | null)[] = [
  null,
  'Siapa saja yang hadir dalam pertemuan itu?',
  'Siapa menteri luar negeri Rusia?',
  'Siapa yang mendampingi presiden?',
  'Who took part in the talks?',
  'Who is the special envoy?',
  'Who represented the United States?',
];

export const WHEN_QUESTIONS: readonly (string | null)[] = [
  null,
  'Kapan pertemuan itu berlangsung?',
  'Berapa lama perundingan berlangsung?',
  'Kapan perjanjian itu ditandatangani?',
  'When did the summit take place?',
  'How long did the talks last?',
  'When was the agreement signed?',
];

export const TOPICS_FILTERS: readonly (string | null)[] = [
  null,
  'perdagangan',
  'keamanan siber',
  'ekonomi',
  'trade',
  'security',
  'sanctions',
];
