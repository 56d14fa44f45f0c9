/**
 * The engine's vocabulary: plain data that every front end (console, CLI JSON, Discord) presents
 * and that snapshots store. No behaviour lives here.
 */

export type Lang = 'id' | 'en';

/** What a source says about itself (front matter), plus its id (the file name without extension). */
export interface SourceMeta {
  id: string;
  title: string;
  url: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  lang: Lang;
}

export interface Source extends SourceMeta {
  body: string;
}

/** Character offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One paragraph of a source (long paragraphs are split at sentence boundaries). */
export interface Passage {
  /** `${sourceId}#${number}`: unique across the whole collection. */
  key: string;
  sourceId: string;
  /** 1-based, in source order. */
  number: number;
  /** Verbatim text of the paragraph. */
  text: string;
  /** Sentence spans into `text`, in order, covering every sentence. */
  sentences: Span[];
  lang: Lang;
}

/** The scripted interface's citation shape (see shared CONTRACT.md). */
export interface Citation {
  source: string;
  title: string;
  url: string | null;
  published: string | null;
  passage: number;
  /** Verbatim from the passage, at most 400 characters. */
  excerpt: string;
}

export type TimeKind = 'date' | 'time' | 'duration' | 'year' | 'relative';

/** A person found at index time in one source. */
export interface PersonFact {
  /** The fullest form the source uses, e.g. "Sergey Lavrov". */
  name: string;
  /** Every surface form seen, e.g. ["Sergey Lavrov", "Lavrov"]. */
  variants: string[];
  /** As the source states it, e.g. "Menteri Luar Negeri". */
  role: string | null;
  /** The country or party the person represents, as the source states it, e.g. "Rusia". */
  side: string | null;
  /** False when the source says the person was absent / did not attend. */
  attended: boolean;
  /**
   * True when a clause naming the person says they took part ("hadir", "bertemu", "didampingi",
   * "met", "joined", "sat with"), or when the source says that of no one (it does not tell
   * participants from people it only mentions, so nobody is left out on its word).
   */
  tookPart: boolean;
  /** Where the person is mentioned; the first is the best citation (where the role is stated). */
  mentions: Array<{ passage: number } & Span>;
}

/** A time expression found at index time. Offsets are into the passage text. */
export interface TimeFact {
  text: string;
  kind: TimeKind;
  /** ISO 8601 where one follows from the text: 2022-08-21, 2015, 14:00, PT3H, P10Y; else null. */
  iso: string | null;
  passage: number;
  start: number;
  end: number;
}

/** A topic found at index time: from an explicit enumeration or a salient key phrase. */
export interface TopicFact {
  label: string;
  passage: number;
  start: number;
  end: number;
  /** Higher is more salient; enumerated topics outrank key phrases. */
  weight: number;
  fromEnumeration: boolean;
}

/** Everything indexing derives from one source: computed once, stored in snapshots. */
export interface IndexedSource {
  meta: SourceMeta;
  passages: Passage[];
  people: PersonFact[];
  times: TimeFact[];
  topics: TopicFact[];
}

// ---- Answers: what the commands return (the CONTRACT.md JSON shapes, plus optional extras) ----

export interface AskAnswer {
  command: 'ask';
  query: string;
  found: boolean;
  answer: string | null;
  citations: Citation[];
  /** When not found: what the sources do cover, to suggest instead. */
  suggestions?: string[];
}

export interface PersonEntry {
  name: string;
  role: string | null;
  side: string | null;
  citations: Citation[];
}

export interface WhoAnswer {
  command: 'who';
  query: string | null;
  found: boolean;
  people: PersonEntry[];
}

export interface DateEntry {
  text: string;
  kind: TimeKind;
  iso: string | null;
  citations: Citation[];
}

export interface WhenAnswer {
  command: 'when';
  query: string | null;
  found: boolean;
  dates: DateEntry[];
  /** A plain statement for the reader, e.g. that no source states the summit's date. */
  note?: string;
}

export interface TopicEntry {
  label: string;
  citations: Citation[];
}

export interface TopicsAnswer {
  command: 'topics';
  filter: string | null;
  found: boolean;
  topics: TopicEntry[];
}

export type Answer = AskAnswer | WhoAnswer | WhenAnswer | TopicsAnswer;

// ---- What the answer functions read: a view over the visible sources (base corpus + a server's own) ----

export interface PassageHit {
  passage: Passage;
  meta: SourceMeta;
  /** Retrieval score; comparable only within one search call. */
  score: number;
  /** The analyzed query terms this passage matched (lower-case stems), for explaining and excerpting. */
  matched: string[];
}

export interface CorpusView {
  /** Every visible source with what indexing extracted from it, in a stable order. */
  sources(): readonly IndexedSource[];
  /** Ranked passages for free text in Indonesian or English (the lexicon bridges the two). */
  search(query: string, options?: { limit?: number }): PassageHit[];
  /** A passage by source id and 1-based number. */
  passage(sourceId: string, number: number): { meta: SourceMeta; passage: Passage } | undefined;
}
