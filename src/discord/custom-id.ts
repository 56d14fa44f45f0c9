/**
 * Button state lives in the button's `custom_id` (at most 100 characters), so buttons keep working
 * after a restart and no state is kept in memory:
 *   p1:<command>:<page>:<q>          a page (1-based) of an answer
 *   s1:<passage>:<source id>         one cited passage
 *   c1:<command>:<page>:<index>:<q>  a citation by position, for source ids too long to fit
 * `<q>` is empty (no question), `=question` when it fits, else `#hash`: the question is then read
 * back from the message the button is on and accepted only if it hashes the same. The digit
 * versions the format: ids of an older format decode to null and the user is told it expired.
 */
import { createHash } from 'node:crypto';

export const MAX_CUSTOM_ID = 100;

export type CommandName = 'ask' | 'who' | 'when' | 'topics' | 'help';
const COMMANDS: readonly string[] = ['ask', 'who', 'when', 'topics', 'help'];

/** The question a page was answered for: none, the text itself, or its hash. */
export type QuestionRef = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'hash'; hash: string };

export type ButtonState =
  | { kind: 'page'; command: CommandName; page: number; question: QuestionRef }
  | { kind: 'passage'; sourceId: string; passage: number }
  | { kind: 'cited'; command: CommandName; page: number; index: number; question: QuestionRef };

/** Whitespace-collapsed, so the same question always gives the same state. */
export function normalizeQuestion(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

export function questionHash(question: string): string {
  return createHash('sha256').update(normalizeQuestion(question)).digest('base64url').slice(0, 12);
}

/** `prefix` followed by the question (or its hash when the whole would exceed the limit). */
function withQuestion(prefix: string, question: string | null): string {
  const text = question === null ? '' : normalizeQuestion(question);
  if (text === '') return prefix;
  const inline = `${prefix}=${text}`;
  return inline.length <= MAX_CUSTOM_ID ? inline : `${prefix}#${questionHash(text)}`;
}

/** Whether the question travels in the id itself (else the message must carry it). */
export function questionFits(command: CommandName, page: number, question: string | null): boolean {
  return !pageId(command, page, question).includes(':#');
}

export function pageId(command: CommandName, page: number, question: string | null): string {
  return withQuestion(`p1:${command}:${page}:`, question);
}

/** The passage button's id, or null when the source id is too long to fit. */
export function passageId(sourceId: string, passage: number): string | null {
  const id = `s1:${passage}:${sourceId}`;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

export function citedId(command: CommandName, page: number, index: number, question: string | null): string {
  return withQuestion(`c1:${command}:${page}:${index}:`, question);
}

export function decodeCustomId(customId: string): ButtonState | null {
  const parts = customId.split(':');
  const [tag] = parts;
  if (tag === 'p1' && parts.length >= 4) {
    const command = parseCommand(parts[1]);
    const page = parseCount(parts[2]);
    const question = parseQuestion(parts.slice(3).join(':'));
    return command && page !== null && page > 0 && question ? { kind: 'page', command, page, question } : null;
  }
  if (tag === 's1' && parts.length >= 3) {
    const passage = parseCount(parts[1]);
    const sourceId = parts.slice(2).join(':');
    return passage !== null && passage > 0 && sourceId ? { kind: 'passage', sourceId, passage } : null;
  }
  if (tag === 'c1' && parts.length >= 5) {
    const command = parseCommand(parts[1]);
    const page = parseCount(parts[2]);
    const index = parseCount(parts[3]);
    const question = parseQuestion(parts.slice(4).join(':'));
    return command && page !== null && page > 0 && index !== null && question ? { kind: 'cited', command, page, index, question } : null;
  }
  return null;
}

function parseCommand(value: string | undefined): CommandName | null {
  return value !== undefined && COMMANDS.includes(value) ? (value as CommandName) : null;
}

function parseCount(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : null;
}

function parseQuestion(value: string): QuestionRef | null {
  if (value === '') return { kind: 'none' };
  if (value.startsWith('=')) return { kind: 'text', text: value.slice(1) };
  if (value.startsWith('#') && value.length > 1) return { kind: 'hash', hash: value.slice(1) };
  return null;
}
