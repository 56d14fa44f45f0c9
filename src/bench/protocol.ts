/**
 * What the benchmark's parent and its worker processes say to each other (over the IPC channel).
 * Each side runs in its own process so the heaps never mix and module loading is not shared.
 */
import type { Latency } from './measure.js';

export interface OursJob {
  kind: 'ours';
  corpusFile: string;
  snapshotFile: string;
  facqa: string;
  seed: number;
  rounds: number;
  longSourceWords: number;
  profileDir: string | null;
}

export interface PlainJob {
  kind: 'plain';
  corpusFile: string;
  rounds: number;
}

export interface GuildPrepJob {
  kind: 'guild-prep';
  dir: string;
  facqa: string;
  seed: number;
  guilds: number[];
  passagesPerGuild: number;
}

export interface GuildsJob {
  kind: 'guilds';
  dir: string;
  guilds: number;
  passagesPerGuild: number;
  touches: number;
  budgetBytes: number;
  seed: number;
}

export interface CalibrateJob {
  kind: 'calibrate';
  facqa: string;
  seed: number;
  sizes: number[];
}

export type Job = OursJob | PlainJob | GuildPrepJob | GuildsJob | CalibrateJob;

export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string; stack?: string };

export interface MemoryDelta {
  /** Heap after building (after a full collection), minus the heap before reading the corpus. */
  heapBytes: number;
  heapUsedBytes: number;
  rssBytes: number;
  collected: boolean;
}

export interface OursFigures {
  sources: number;
  passages: number;
  englishPassages: number;
  facts: { people: number; times: number; topics: number };
  buildMs: number;
  memory: MemoryDelta;
  firstCallMs: { ask: number; who: number; when: number; topics: number };
  latency: {
    askId: Latency;
    askEn: Latency;
    ask: Latency;
    whoAll: Latency;
    whoQuestion: Latency;
    whenAll: Latency;
    whenQuestion: Latency;
    topicsAll: Latency;
    topicsFilter: Latency;
  };
  askFound: { found: number; asked: number };
  answersPerSecond: number;
  snapshot: { bytes: number; saveMs: number; loadMs: number };
  addLongSource: { words: number; ms: number[]; medianMs: number; nextWhoMs: number; nextTopicsMs: number };
  profiles?: Record<string, string>;
}

export interface PlainFigures {
  passages: number;
  buildMs: number;
  memory: MemoryDelta;
  search: Latency;
  searchesPerSecond: number;
  holds: string;
}

export interface GuildFigures {
  guilds: number;
  passagesPerGuild: number;
  touches: number;
  budgetBytes: number;
  /** RSS with the engine loaded and no server library yet. */
  baseRssBytes: number;
  maxRssBytes: number;
  finalHeapBytes: number;
  estimatedBytes: number;
  loaded: number;
  loads: number;
  hits: number;
  evictions: number;
  loadMs: Latency;
  touchMs: Latency;
  /** Measured heap of the loaded libraries divided by their estimate. */
  measuredOverEstimate: number;
}

export interface CalibrationRow {
  passages: number;
  copies: number;
  /** Per library: measured heap, the estimate, and what the estimate reads. */
  measuredBytes: number;
  estimatedBytes: number;
  chars: number;
  wordTypes: number;
}
