/**
 * Answers as Discord messages: one embed per answer, the short answer first, then numbered
 * citations (source title, linked when it has a URL, passage number, date) with the excerpt quoted
 * and Markdown-escaped. Pure: the same answer, locale and page always give the same payload.
 *
 * Discord's limits hold by construction: every piece has a cap (cut at a word with "…"), and a page
 * takes citations only while they fit its budget, so the embed never passes 4,096 characters of
 * description or 6,000 in total. Page boundaries are measured with the longer locale's labels, so
 * page 2 holds the same citations whichever language the reader clicking "More passages" uses.
 */
import type { APIEmbed } from 'discord.js';
import type { HelpAnswer } from '../../commands/types.js';
import type { Answer, Citation } from '../engine/types.js';
import { pageButtons, type ActionRow } from './buttons.js';
import { LABELS, type Locale } from './labels.js';
import { escapeMarkdown, truncate } from './markdown.js';

export type Answerable = Answer | HelpAnswer;

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: { parse: [] };
}

export const LIMITS = { title: 256, description: 4096, footer: 2048, total: 6000, content: 2000 } as const;
export const PER_PAGE = 5;
const LEAD_MAX = 600;
const HEADING_MAX = 60;
const HEADINGS_MAX = 160;
const SOURCE_TITLE_MAX = 100;
const URL_MAX = 200;
const EXCERPT_MAX = 440;
/** What the citations of one page may take: the description minus the lead and separators. */
const BLOCKS_BUDGET = LIMITS.description - LEAD_MAX - 100;
/** A footer carries the page and, when nothing else can, the question; this keeps the total under 6,000. */
const FOOTER_MAX = LIMITS.total - LIMITS.title - LIMITS.description - 50;
const COLOR = 0x3b6ea5;

export const NO_MENTIONS = { parse: [] as [] };

/** One numbered citation as listed: what it supports (people, dates, topics) and where it is from. */
export interface Item {
  headings: string[];
  citation: Citation;
}

/**
 * Every citation of an answer in display order: each entry's best one first, then the seconds, …
 * An excerpt that supports several entries (two people named in one sentence) is listed once,
 * under all of their names, rather than repeated.
 */
export function itemsOf(answer: Answerable): Item[] {
  const entries: Array<{ heading: string | null; citations: Citation[] }> =
    answer.command === 'ask' ? answer.citations.map((citation) => ({ heading: null, citations: [citation] }))
    : answer.command === 'who' ? answer.people.map((p) => ({ heading: p.name, citations: p.citations }))
    : answer.command === 'when' ? answer.dates.map((d) => ({ heading: d.text, citations: d.citations }))
    : answer.command === 'topics' ? answer.topics.map((t) => ({ heading: t.label, citations: t.citations }))
    : [];
  const items = new Map<string, Item>();
  const rounds = Math.max(0, ...entries.map((e) => e.citations.length));
  for (let round = 0; round < rounds; round++) {
    for (const entry of entries) {
      const citation = entry.citations[round];
      if (!citation) continue;
      const key = JSON.stringify([citation.source, citation.passage, citation.excerpt]);
      const item = items.get(key) ?? { headings: [], citation };
      if (entry.heading !== null && !item.headings.includes(entry.heading)) item.headings.push(entry.heading);
      items.set(key, item);
    }
  }
  return [...items.values()];
}

/** The question (or filter) an answer was given for, as the user typed it; null when none. */
export function questionOf(answer: Answerable): string | null {
  switch (answer.command) {
    case 'ask':
    case 'who':
    case 'when':
      return answer.query;
    case 'topics':
      return answer.filter;
    case 'help':
      return null;
  }
}

/** The items of each page (pages are 1-based in buttons; this array is 0-based). */
export function paginate(items: Item[]): Item[][] {
  const pages: Item[][] = [];
  let current: Item[] = [];
  let used = 0;
  items.forEach((item, i) => {
    const size = Math.max(...(['en', 'id'] as const).map((locale) => citationBlock(item, i + 1, locale).length)) + 2;
    if (current.length > 0 && (current.length === PER_PAGE || used + size > BLOCKS_BUDGET)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  });
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** Page `page` (1-based) of an answer; null when the answer no longer has that page. */
export function renderAnswer(answer: Answerable, locale: Locale, page = 1): MessagePayload | null {
  if (answer.command === 'help') return page === 1 ? renderHelp(answer) : null;
  const pages = paginate(itemsOf(answer));
  const onPage = pages[page - 1];
  if (!onPage) return null;
  const L = LABELS[locale];
  const first = pages.slice(0, page - 1).reduce((n, p) => n + p.length, 0) + 1;
  const blocks = onPage.map((item, i) => citationBlock(item, first + i, locale));
  const lead = leadOf(answer, locale);
  const question = questionOf(answer);
  const fullTitle = escapeMarkdown(question ?? defaultTitle(answer, locale));
  const footer: string[] = [];
  if (pages.length > 1) footer.push(L.page(page, pages.length));
  // Buttons read a long question back from the message (see custom-id.ts): from the title when it
  // holds it whole, else from the footer. Footers show no Markdown, so it goes there unescaped.
  if (question !== null && fullTitle.length > LIMITS.title && question.length + 40 <= FOOTER_MAX) footer.push(`“${question}”`);
  const description = [lead, ...blocks].filter((part) => part !== '').join('\n\n');
  const embed: APIEmbed = {
    // Discord refuses empty strings here, so an empty part is left out rather than sent blank.
    ...(fullTitle.trim() ? { title: truncate(fullTitle, LIMITS.title) } : {}),
    ...(description ? { description } : {}),
    color: COLOR,
    ...(footer.length > 0 ? { footer: { text: footer.join('\n') } } : {}),
  };
  return {
    embeds: [embed],
    components: pageButtons({ command: answer.command, question, page, pages: pages.length, first, items: onPage, locale }),
    allowedMentions: NO_MENTIONS,
  };
}

/** The citation at `index` (0-based) of page `page` (1-based), for buttons that refer to it by position. */
export function citationOnPage(answer: Answerable, page: number, index: number): Citation | undefined {
  return paginate(itemsOf(answer))[page - 1]?.[index]?.citation;
}

/** `**[3] Sergey Lavrov, Yury Ushakov** — [Title](url), passage 2 · 2025-08-16` and the quoted excerpt below. */
export function citationBlock(item: Item, n: number, locale: Locale): string {
  const { citation } = item;
  const headings = truncate(item.headings.map((h) => truncate(escapeMarkdown(h), HEADING_MAX)).join(', '), HEADINGS_MAX);
  const number = headings ? `**[${n}] ${headings}** — ` : `**[${n}]** `;
  const excerpt = truncate(escapeMarkdown(citation.excerpt.replace(/\s+/g, ' ').trim()), EXCERPT_MAX);
  return `${number}${sourceLine(citation, locale)}\n> ${excerpt}`;
}

/** Source title (a link when it has a usable URL), passage number and date. */
export function sourceLine(source: { title: string; url: string | null; published: string | null; passage: number }, locale: Locale): string {
  const title = truncate(escapeMarkdown(source.title), SOURCE_TITLE_MAX);
  const url = linkable(source.url);
  const named = url ? `[${title}](${url})` : `*${title}*`;
  return [`${named}, ${LABELS[locale].passage(source.passage)}`, source.published].filter(Boolean).join(' · ');
}

/** A URL safe inside a Markdown link, or null (not http(s), or too long to spend the budget on). */
export function linkable(url: string | null): string | null {
  if (!url || url.length > URL_MAX) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return null;
  }
}

function defaultTitle(answer: Answer, locale: Locale): string {
  const L = LABELS[locale];
  return answer.command === 'who' ? L.whoTitle : answer.command === 'when' ? L.whenTitle : answer.command === 'topics' ? L.topicsTitle : '';
}

/** The short answer: a name, a date, the people, the topics, or a plain "the sources do not say". */
function leadOf(answer: Answer, locale: Locale): string {
  const L = LABELS[locale];
  const bold = (text: string, max = LEAD_MAX) => `**${truncate(escapeMarkdown(text), max - 4)}**`;
  switch (answer.command) {
    case 'ask': {
      if (answer.found && answer.answer) return bold(answer.answer);
      if (answer.found) return '';
      const suggestions = answer.suggestions?.length ? `\n${L.suggestions} ${answer.suggestions.map(escapeMarkdown).join(' · ')}` : '';
      return truncate(`${L.notFound}${suggestions}`, LEAD_MAX);
    }
    case 'who':
      if (!answer.found || answer.people.length === 0) return L.noPeople;
      return lines(answer.people.map((p) => {
        const role = p.role ? truncate(escapeMarkdown(p.role), 100) : '';
        const side = p.side ? `(${truncate(escapeMarkdown(p.side), 40)})` : '';
        const detail = [role, side].filter(Boolean).join(' ');
        return `**${truncate(escapeMarkdown(p.name), HEADING_MAX)}**${detail ? ` — ${detail}` : ''}`;
      }));
    case 'when': {
      const note = answer.note ? escapeMarkdown(answer.note) : '';
      const first = answer.dates[0];
      if (!answer.found || !first) return truncate(note || L.noDates, LEAD_MAX);
      // A calendar date's ISO form helps readers of either language; "PT3H" helps no one.
      const iso = first.kind === 'date' && first.iso && first.iso !== first.text ? ` (${first.iso})` : '';
      return truncate([`**${truncate(escapeMarkdown(first.text), 200)}**${iso}`, note].filter(Boolean).join('\n'), LEAD_MAX);
    }
    case 'topics':
      if (!answer.found || answer.topics.length === 0) return L.noTopics;
      return lines([answer.topics.map((t) => truncate(escapeMarkdown(t.label), HEADING_MAX)).join(' · ')]);
  }
}

/** Whole lines while they fit the lead's budget, then "…": a cut never splits a bold name. */
function lines(all: string[]): string {
  const kept: string[] = [];
  let used = 0;
  for (const line of all) {
    const fitted = truncate(line, LEAD_MAX - 2);
    if (used + fitted.length + 1 > LEAD_MAX - 2) {
      kept.push('…');
      break;
    }
    kept.push(fitted);
    used += fitted.length + 1;
  }
  return kept.join('\n');
}

function renderHelp(help: HelpAnswer): MessagePayload {
  const list = help.commands.map((c) => `**${escapeMarkdown(c.usage)}** — ${escapeMarkdown(c.description)}`).join('\n');
  return {
    embeds: [{
      title: truncate(help.title, LIMITS.title),
      description: truncate(`${list}\n\n${escapeMarkdown(help.note)}`, LIMITS.description),
      color: COLOR,
    }],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** A short private note to the user (cooldown, an expired button, a mistake, an apology). */
export function renderNotice(text: string): MessagePayload {
  return { content: truncate(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}
