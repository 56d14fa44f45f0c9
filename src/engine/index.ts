/**
 * The answer engine's public face: pure functions over plain data. Front ends (console, CLI,
 * Discord) import from here only.
 */
export type * from './types.js';
export type { SearchableView } from './view.js';
export { Library, type LibrarySnapshot } from './library.js';
export { combine } from './combine.js';
export { ask } from './answer/ask.js';
export { answerWho } from './answer/who.js';
export { answerWhen } from './answer/when.js';
export { answerTopics, knownTopics } from './answer/topics.js';
export { detectLang } from './text/language.js';
