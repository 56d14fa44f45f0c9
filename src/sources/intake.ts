/**
 * From what a moderator sent (a file's bytes and name, or pasted text) and the options they gave
 * to a source ready to store, or a SourceProblemError saying exactly what is wrong. Pure: no file
 * system, so every check runs before anything is written.
 */
import { basename, extname } from 'node:path';
import { detectLang } from '../engine/text/language.js';
import type { Lang, Source } from '../engine/types.js';
import { checkDate, checkLang, checkTitle, checkUrl, FieldError, MAX_TITLE, readFrontMatter, SourceFormatError, titleFromBody, type FrontMatter } from './front-matter.js';
import { extractArticle } from './html.js';
import { MB, SourceProblemError, type Field } from './problems.js';
import type { Origin } from './records.js';

/** About the length of a very long article; more is a book, or several articles pasted together. */
export const MAX_TEXT_BYTES = 1 * MB;
/** A web page carries several times its text in markup. */
export const MAX_FILE_BYTES = 5 * MB;
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

export type Upload = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'text'; text: string };

/** Options as typed: each is checked, and each overrides what the file itself says. */
export interface AddOptions {
  title?: string;
  url?: string;
  published?: string;
  lang?: string;
}

export interface Draft {
  /** The source without its id, which is chosen when it is stored. */
  source: Omit<Source, 'id'>;
  /** The preferred id: from a meaningful file name, else from the title. */
  preferredId: string;
  /** The id the file's name gives, meaningful or not (the command line's convention, as for corpus/). */
  fileId: string | null;
  origin: Origin;
}

export type Label = (field: Field) => string;

export function prepareUpload(upload: Upload, options: AddOptions, label?: Label): Draft {
  const given = checkOptions(options, label);
  const text = upload.kind === 'file' ? decodeFile(upload.name, upload.bytes) : { html: false, text: upload.text };
  const found = text.html ? fromHtml(text.text) : fromText(text.text);
  const bytes = Buffer.byteLength(found.body);
  if (bytes > MAX_TEXT_BYTES) throw new SourceProblemError({ kind: 'too-large', what: 'text', bytes, limit: MAX_TEXT_BYTES });
  const fileName = upload.kind === 'file' ? upload.name : null;
  const title = given.title ?? found.fields.title ?? defaultTitle(found.body, fileName);
  const source = {
    title,
    url: given.url ?? found.fields.url ?? null,
    published: given.published ?? found.fields.published ?? null,
    lang: given.lang ?? found.fields.lang ?? detectLang(found.body.slice(0, 5000)),
    body: found.body,
  };
  const stem = fileName === null ? null : slugId(basename(fileName, extname(fileName)));
  const preferredId = stem !== null && !GENERIC_NAME.test(stem) ? stem : slugId(title);
  return { source, preferredId, fileId: stem, origin: fileName === null ? { kind: 'text' } : { kind: 'file', name: fileName } };
}

/** The options, checked; the problem names the field through `label` (e.g. "--title" on the command line). */
export function checkOptions(options: AddOptions, label: Label = (f) => f): FrontMatter {
  const out: FrontMatter = {};
  const check = <T>(field: Field, value: string | undefined, fn: (v: string, l: string) => T): T | undefined => {
    if (value === undefined) return undefined;
    try {
      return fn(value, label(field));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      throw new SourceProblemError({ kind: 'field', field, issue: error.issue, value: error.value }, label);
    }
  };
  const title = check('title', options.title, checkTitle);
  const url = check('url', options.url, checkUrl);
  const published = check('published', options.published, checkDate);
  const lang = check('lang', options.lang, checkLang);
  if (title !== undefined) out.title = title;
  if (url !== undefined) out.url = url;
  if (published !== undefined) out.published = published;
  if (lang !== undefined) out.lang = lang;
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What can be said of a file before reading it: its type (by extension) and its size. Front ends
 * call this before downloading, so a 50 MB video is refused without fetching it.
 */
export function checkFile(name: string, size: number): { html: boolean } {
  const ext = extname(name).toLowerCase();
  const html = (HTML_EXTENSIONS as readonly string[]).includes(ext);
  if (!html && !(TEXT_EXTENSIONS as readonly string[]).includes(ext)) throw new SourceProblemError({ kind: 'unsupported-type', name });
  if (size > MAX_FILE_BYTES) throw new SourceProblemError({ kind: 'too-large', what: 'file', bytes: size, limit: MAX_FILE_BYTES });
  return { html };
}

function decodeFile(name: string, bytes: Uint8Array): { html: boolean; text: string } {
  const { html } = checkFile(name, bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new SourceProblemError({ kind: 'not-text', reason: 'utf16' });
  if (bytes.includes(0)) throw new SourceProblemError({ kind: 'not-text', reason: 'binary' });
  try {
    return { html, text: utf8.decode(bytes) };
  } catch {
    throw new SourceProblemError({ kind: 'not-text', reason: 'not-utf8' });
  }
}

interface Found {
  fields: FrontMatter;
  body: string;
}

/** Plain text or Markdown, with optional front matter as in corpus/. */
function fromText(text: string): Found {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let read;
  try {
    read = readFrontMatter(lines);
  } catch (error) {
    if (error instanceof SourceFormatError) throw new SourceProblemError({ kind: 'front-matter', line: error.line, reason: error.reason });
    throw error;
  }
  const body = lines.slice(read.bodyStart).join('\n').replace(/^\s*\n/, '').trimEnd();
  if (body.trim() === '') throw new SourceProblemError({ kind: 'empty', html: false });
  return { fields: read.fields, body };
}

/** What the page states about itself is used only when it passes the same checks as an option. */
function fromHtml(html: string): Found {
  const article = extractArticle(html);
  if (!hasProse(article.text)) throw new SourceProblemError({ kind: 'empty', html: true });
  const fields: FrontMatter = {};
  if (article.title) fields.title = clipTitle(article.title);
  const lang = langOfTag(article.lang);
  if (lang) fields.lang = lang;
  const date = article.published?.slice(0, 10);
  if (date && quietly(() => checkDate(date))) fields.published = date;
  if (article.url && quietly(() => checkUrl(article.url!))) fields.url = article.url;
  return { fields, body: article.text };
}

/**
 * Readability always returns its best candidate, even a lone menu label ("Home") from a page with
 * no article; prose has lines of several words, and a dozen words of them at least.
 */
const MIN_PROSE_WORDS = 12;

function hasProse(text: string): boolean {
  let words = 0;
  for (const line of text.split('\n')) {
    const count = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (count >= 5) words += count;
  }
  return words >= MIN_PROSE_WORDS;
}

function quietly(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function langOfTag(tag: string | null): Lang | null {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'id' || primary === 'in') return 'id';
  return null;
}

/** Names that say nothing about the article (Discord calls a long pasted message "message.txt"). */
const GENERIC_NAME = /^(message|untitled|document|doc|text|file|article|index|page|source|download|paste|new|unknown|image)(-\d+)?$|^[0-9a-f-]{8,}$|^\d+$/;

/** The first line when it reads as a headline; else a meaningful file name; else the first line cut. */
function defaultTitle(body: string, fileName: string | null): string {
  const first = titleFromBody(body);
  if (!first.endsWith('…')) return first;
  const stem = fileName === null ? '' : basename(fileName, extname(fileName));
  const words = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (words.split(' ').length >= 2 && !GENERIC_NAME.test(slugId(stem))) return clipTitle(words);
  return first;
}

function clipTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A name made safe as an id and a file name on every platform: lower-case ASCII words joined by "-". */
export function slugId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'source' : slug;
}
