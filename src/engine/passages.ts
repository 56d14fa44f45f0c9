/**
 * A source body → passages. A passage is a paragraph (paragraphs are separated by blank lines or
 * single line breaks, as the source format says); a paragraph longer than MAX_PASSAGE is cut at
 * sentence boundaries into passages of about TARGET_PASSAGE characters, so retrieval stays
 * precise and an excerpt can still show a whole sentence. Every passage is a verbatim slice of
 * the body.
 */
import type { Passage, Source, Span } from './types.js';
import { sentenceSpans } from './text/sentences.js';

const MAX_PASSAGE = 1200;
const TARGET_PASSAGE = 700;

export function toPassages(source: Pick<Source, 'id' | 'body' | 'lang'>): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of paragraphs(source.body)) {
    for (const chunk of chunks(paragraph)) {
      const number = passages.length + 1;
      passages.push({
        key: `${source.id}#${number}`,
        sourceId: source.id,
        number,
        text: chunk.text,
        sentences: chunk.sentences,
        lang: source.lang,
      });
    }
  }
  return passages;
}

/** Non-blank lines of the body, trimmed; Markdown headings and rules carry no statements. */
function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^(#{1,6}\s|[-*_]{3,}$)/.test(line));
}

function chunks(paragraph: string): Array<{ text: string; sentences: Span[] }> {
  const spans = sentenceSpans(paragraph);
  if (paragraph.length <= MAX_PASSAGE || spans.length <= 1) return [{ text: paragraph, sentences: spans }];
  const out: Array<{ text: string; sentences: Span[] }> = [];
  let group: Span[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const start = group[0]!.start;
    const text = paragraph.slice(start, group[group.length - 1]!.end);
    out.push({ text, sentences: group.map((s) => ({ start: s.start - start, end: s.end - start })) });
    group = [];
  };
  for (const span of spans) {
    if (group.length > 0 && span.end - group[0]!.start > TARGET_PASSAGE) flush();
    group.push(span);
  }
  flush();
  return out;
}
