/**
 * A web page's readable article: Mozilla's Readability (the Firefox reader view) picks the article
 * out of navigation, ads and footers, over a linkedom document (a DOM without a browser). The
 * article's HTML is then turned into plain paragraphs, one per block element, because passages
 * are paragraphs and every excerpt is quoted from them verbatim.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Loaded on the first page only: linkedom takes most of a second to load, which no plain-text add or start should pay. */
function dom(): { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } {
  const { parseHTML } = require('linkedom') as typeof import('linkedom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  return { parseHTML, Readability };
}

export interface Article {
  title: string | null;
  /** Paragraphs separated by blank lines; empty when the page has no readable text. */
  text: string;
  /** The page's declared language tag (e.g. "en-US"), if any. */
  lang: string | null;
  /** The publication time the page declares (e.g. article:published_time), as given. */
  published: string | null;
  /** The page's canonical address, if it declares one. */
  url: string | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

export function extractArticle(html: string): Article {
  const { parseHTML, Readability } = dom();
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document as it goes.
  const declared = {
    lang: document.documentElement?.getAttribute('lang')?.trim() || null,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null,
    title: document.querySelector('title')?.textContent?.trim() || null,
  };
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.content ? blocksToText(article.content) : '';
  return {
    title: clean(article?.title) ?? declared.title,
    text,
    lang: clean(article?.lang) ?? declared.lang,
    published: clean(article?.publishedTime),
    url: declared.url,
  };
}

/** Block elements become paragraphs, <br> a line break; inline text has its whitespace collapsed. */
export function blocksToText(html: string): string {
  const { document } = dom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') return flush();
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body as unknown as Node);
  flush();
  return lines.join('\n\n');
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
