/**
 * Answers as text, laid out the way the Discord reply looks: the short answer first, then the
 * evidence with numbered citations [1], [2] that name the source, the passage and the link.
 */
import type { HelpAnswer } from '../../commands/index.js';
import type { AskAnswer, Citation, TopicsAnswer, WhenAnswer, WhoAnswer } from '../engine/types.js';
import type { Result } from './run.js';
import type { SourcesResult } from './sources.js';

export function renderText(result: Result): string {
  if ('error' in result) return `Error: ${result.error}`;
  switch (result.command) {
    case 'ask': return renderAsk(result);
    case 'who': return renderWho(result);
    case 'when': return renderWhen(result);
    case 'topics': return renderTopics(result);
    case 'help': return renderHelp(result);
    case 'sources': return renderSources(result);
  }
}

/** Numbers citations in order of first use; the same passage excerpt keeps one number. */
class Footnotes {
  private readonly list: Citation[] = [];
  private readonly numbers = new Map<string, number>();

  ref(citation: Citation): string {
    const key = `${citation.source}#${citation.passage}#${citation.excerpt}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.list.push(citation);
      this.numbers.set(key, (n = this.list.length));
    }
    return `[${n}]`;
  }

  refs(citations: readonly Citation[]): string {
    return citations.map((c) => this.ref(c)).join('');
  }

  render(): string[] {
    if (this.list.length === 0) return [];
    return ['', ...this.list.flatMap((c, i) => [`[${i + 1}] “${c.excerpt}”`, `    — ${sourceLine(c)}`])];
  }
}

function sourceLine(c: Citation): string {
  const parts = [`${c.title}, passage ${c.passage}`];
  if (c.published) parts.push(`published ${c.published}`);
  if (c.url) parts.push(c.url);
  return parts.join(' · ');
}

function renderAsk(a: AskAnswer): string {
  const notes = new Footnotes();
  const lines: string[] = [];
  if (!a.found) {
    lines.push('The sources do not answer this.');
    if (a.suggestions?.length) lines.push(`They do cover: ${a.suggestions.join('; ')}.`);
    if (a.citations.length) lines.push(`Closest passages: ${notes.refs(a.citations)}`);
  } else {
    const first = a.citations[0];
    if (a.answer) lines.push(`Answer: ${a.answer}${first ? ` ${notes.ref(first)}` : ''}`);
    // Without a short answer the excerpts are the answer.
    for (const c of a.citations) notes.ref(c);
  }
  return [...lines, ...notes.render()].join('\n').replace(/^\n+/, '');
}

function renderWho(a: WhoAnswer): string {
  if (!a.found || a.people.length === 0) {
    return a.query ? `The sources name no one for “${a.query}”.` : 'The sources name no one who took part.';
  }
  const notes = new Footnotes();
  const heading = a.query ? `People for “${a.query}”, best first:` : `People who took part (${a.people.length}):`;
  const lines = a.people.map((p, i) => {
    const about = [p.role, p.side].filter(Boolean).join(', ');
    return `  ${i + 1}. ${p.name}${about ? ` — ${about}` : ''} ${notes.refs(p.citations)}`.trimEnd();
  });
  return [heading, ...lines, ...notes.render()].join('\n');
}

function renderWhen(a: WhenAnswer): string {
  const notes = new Footnotes();
  const lines: string[] = [];
  if (a.note) lines.push(a.note);
  else if (!a.found) lines.push(a.query ? `The sources do not say when: “${a.query}”.` : 'The sources do not say when the summit took place.');
  if (a.dates.length) {
    // The engine's note already introduces the list when it has one.
    if (!a.note) lines.push(a.found ? 'When:' : 'What the sources do say about time:');
    for (const d of a.dates) {
      const value = d.iso ? `${d.kind}, ${d.iso}` : d.kind;
      lines.push(`  • ${d.text} (${value}) ${notes.refs(d.citations)}`.trimEnd());
    }
  }
  return [...lines, ...notes.render()].join('\n');
}

function renderTopics(a: TopicsAnswer): string {
  if (!a.found || a.topics.length === 0) {
    return a.filter ? `The sources say nothing about “${a.filter}”.` : 'The sources name no topics.';
  }
  const notes = new Footnotes();
  const heading = a.filter ? `About “${a.filter}”:` : 'Topics discussed:';
  const lines = a.topics.map((t) => `  • ${t.label} ${notes.refs(t.citations)}`.trimEnd());
  return [heading, ...lines, ...notes.render()].join('\n');
}

function renderHelp(h: HelpAnswer): string {
  const width = Math.max(...h.commands.map((c) => c.usage.length));
  return [
    h.title,
    '',
    ...h.commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
    '',
    h.note,
  ].join('\n');
}

function renderSources(r: SourcesResult): string {
  const describe = (s: { id: string; title: string; lang: string; published: string | null; url: string | null }): string =>
    [`${s.id}: ${s.title} (${s.lang}${s.published ? `, ${s.published}` : ''})`, s.url].filter(Boolean).join(' ');
  switch (r.action) {
    case 'list':
      if (r.sources.length === 0) return `No sources added (${r.scope}).`;
      return [`Sources added (${r.scope}, ${r.sources.length}):`, ...r.sources.map((s) => `  ${describe(s)}`)].join('\n');
    case 'add': {
      const s = r.source;
      return [
        `Added ${describe(s)}`,
        `  ${s.passages} passage(s)`,
        `  people: ${s.people.join(', ') || 'none found'}`,
        `  dates: ${s.dates.join(', ') || 'none found'}`,
      ].join('\n');
    }
    case 'remove':
      return `Removed ${describe(r.source)}`;
  }
}
