/**
 * The source format (corpus/README.md): optional front matter between `---` lines, then the body.
 * Front matter is simple `key: value` lines, values optionally quoted; a full YAML parser would
 * accept far more than we document and report errors we could not explain to an editor.
 * Pure: no file system, so the engine can re-export it and Discord uploads can reuse it.
 */
import type { Lang, Source } from '../engine/types.js';
import { detectLang } from '../engine/text/language.js';

export const MAX_TITLE = 200;
/** A title taken from the body's first line is cut to this length (at a word boundary). */
export const DEFAULT_TITLE_LENGTH = 120;

/** Malformed front matter; `line` is 1-based in the file. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
  }
}

export interface FrontMatter {
  title?: string;
  url?: string | null;
  published?: string | null;
  lang?: Lang;
}

const FENCE = /^---\s*$/;

export function parseSource(id: string, text: string): Source {
  return parseStored(id, text).source;
}

/** A source and the front matter keys the format does not define (e.g. who added a stored source). */
export function parseStored(id: string, text: string): { source: Source; extra: Record<string, string> } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fields, extra, bodyStart } = readFrontMatter(lines);
  const body = lines.slice(bodyStart).join('\n').replace(/^\s*\n/, '').trimEnd();
  if (body.trim() === '') throw new SourceFormatError(bodyStart + 1, 'the source has no text after its front matter');
  const source = {
    id,
    title: fields.title ?? titleFromBody(body),
    url: fields.url ?? null,
    published: fields.published ?? null,
    lang: fields.lang ?? detectLang(body.slice(0, 5000)),
    body,
  };
  return { source, extra };
}

/** The front matter's fields and where the body starts (line index); throws SourceFormatError. */
export function readFrontMatter(lines: string[]): { fields: FrontMatter; extra: Record<string, string>; bodyStart: number } {
  const extra: Record<string, string> = {};
  if (lines.length === 0 || !FENCE.test(lines[0]!)) return { fields: {}, extra, bodyStart: 0 };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) throw new SourceFormatError(1, 'the front matter opened with "---" is never closed by a "---" line');
  const fields: FrontMatter = {};
  const seen = new Set<string>();
  for (let i = 1; i < close; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^\s*([A-Za-z][\w-]*)\s*:(.*)$/.exec(raw);
    if (!m) throw new SourceFormatError(i + 1, `expected "key: value", got "${clip(raw)}"`);
    const key = m[1]!.toLowerCase();
    if (seen.has(key)) throw new SourceFormatError(i + 1, `"${key}" is given twice`);
    seen.add(key);
    const value = unquote(m[2]!.trim(), i + 1);
    try {
      if (!setField(fields, key, value)) extra[key] = value;
    } catch (error) {
      if (error instanceof FieldError) throw new SourceFormatError(i + 1, error.message);
      throw error;
    }
  }
  return { fields, extra, bodyStart: close + 1 };
}

export type FieldIssue = 'empty' | 'too-long' | 'not-http' | 'not-a-date' | 'unknown-lang';

/** A front matter value that is not allowed; the message names the field and the value. */
export class FieldError extends Error {
  override name = 'FieldError';
  constructor(message: string, readonly issue: FieldIssue, readonly value: string) {
    super(message);
  }
}

// Unknown keys are kept aside (false) rather than refused, so files written for a later version still load.
function setField(fields: FrontMatter, key: string, value: string): boolean {
  switch (key) {
    case 'title':
      if (value !== '') fields.title = checkTitle(value);
      return true;
    case 'url':
      fields.url = value === '' ? null : checkUrl(value);
      return true;
    case 'published':
      fields.published = value === '' ? null : checkDate(value);
      return true;
    case 'lang':
      if (value !== '') fields.lang = checkLang(value);
      return true;
    default:
      return false;
  }
}

// The checks name the field as `label`, so the CLI can say `--published` where a file says `published`.

export function checkTitle(value: string, label = 'title'): string {
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '') throw new FieldError(`${label} is empty`, 'empty', value);
  if (title.length > MAX_TITLE) throw new FieldError(`${label} is ${title.length} characters long; at most ${MAX_TITLE} are allowed`, 'too-long', title);
  return title;
}

export function checkUrl(value: string, label = 'url'): string {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new FieldError(`${label} must start with http:// or https://, got "${clip(value)}"`, 'not-http', value);
  }
  return value;
}

/** A real calendar date in YYYY-MM-DD (2025-02-30 is refused). */
export function checkDate(value: string, label = 'published'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new FieldError(`${label} must be a real date written YYYY-MM-DD, got "${clip(value)}"`, 'not-a-date', value);
  }
  return value;
}

export function checkLang(value: string, label = 'lang'): Lang {
  const lang = value.toLowerCase();
  if (lang === 'id' || lang === 'en') return lang;
  throw new FieldError(`${label} must be "id" or "en", got "${clip(value)}"`, 'unknown-lang', value);
}

function unquote(value: string, line: number): string {
  const q = value[0];
  if (q !== '"' && q !== "'") return value;
  if (value.length < 2 || value[value.length - 1] !== q) throw new SourceFormatError(line, `the quoted value ${clip(value)} has no closing ${q}`);
  if (q === "'") return value.slice(1, -1).replace(/''/g, "'");
  try {
    return String(JSON.parse(value));
  } catch {
    throw new SourceFormatError(line, `the quoted value ${clip(value)} is not a valid double-quoted string`);
  }
}

/** The body's first non-blank line, without Markdown heading marks, cut at a word boundary. */
export function titleFromBody(body: string): string {
  const first = body.split('\n').find((line) => line.trim() !== '') ?? '';
  const line = first.replace(/^\s*#+\s*/, '').replace(/\s+/g, ' ').trim();
  if (line.length <= DEFAULT_TITLE_LENGTH) return line;
  const cut = line.slice(0, DEFAULT_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DEFAULT_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Front matter + body in the format parseSource reads back (values quoted when they need it).
 * `extra` adds keys the format does not define (parseStored returns them).
 */
export function formatSource(source: Source, extra: Record<string, string> = {}): string {
  const lines = ['---', `title: ${JSON.stringify(source.title)}`];
  if (source.url) lines.push(`url: ${JSON.stringify(source.url)}`);
  if (source.published) lines.push(`published: ${source.published}`);
  lines.push(`lang: ${source.lang}`);
  for (const [key, value] of Object.entries(extra)) lines.push(`${key}: ${JSON.stringify(value)}`);
  lines.push('---', source.body.trimEnd(), '');
  return lines.join('\n');
}

export function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
