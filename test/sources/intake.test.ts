import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, prepareUpload, slugId, type AddOptions, type Upload } from '../../src/sources/intake.js';
import { describeProblem, SourceProblemError, type SourceProblem } from '../../src/sources/problems.js';

const EN = 'Russian President Vladimir Putin and US President Donald Trump met in Anchorage, Alaska, on August 15, 2025. The talks lasted nearly three hours and ended without a ceasefire agreement.';
const file = (name: string, content: string | Uint8Array): Upload => ({ kind: 'file', name, bytes: typeof content === 'string' ? Buffer.from(content) : content });
const problemOf = (upload: Upload, options: AddOptions = {}): SourceProblem | null => {
  try {
    prepareUpload(upload, options);
    return null;
  } catch (error) {
    if (error instanceof SourceProblemError) return error.problem;
    throw error;
  }
};

describe('prepareUpload refuses bad input with a specific problem', () => {
  it.each<[string, Upload, AddOptions, SourceProblem]>([
    ['a PDF', file('report.pdf', '%PDF-1.7'), {}, { kind: 'unsupported-type', name: 'report.pdf' }],
    ['a file without extension', file('report', EN), {}, { kind: 'unsupported-type', name: 'report' }],
    ['a file over the size limit', file('big.html', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)), {}, { kind: 'too-large', what: 'file', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }],
    ['text over the size limit', file('long.txt', `${'Putin met Trump. '.repeat(70_000)}`), {}, { kind: 'too-large', what: 'text', bytes: 1_189_999, limit: MAX_TEXT_BYTES }],
    ['a binary file named .txt', file('scan.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), {}, { kind: 'not-text', reason: 'binary' }],
    ['UTF-16 text', file('utf16.txt', Buffer.from(`\ufeff${EN}`, 'utf16le')), {}, { kind: 'not-text', reason: 'utf16' }],
    ['Latin-1 text', file('latin1.txt', Buffer.from('Caf\xe9 au lait in Anchorage', 'latin1')), {}, { kind: 'not-text', reason: 'not-utf8' }],
    ['an empty file', file('empty.md', '\n \n'), {}, { kind: 'empty', html: false }],
    ['front matter only', file('fm.md', '---\ntitle: T\n---\n'), {}, { kind: 'empty', html: false }],
    ['a page without article text', file('page.html', '<html><head><title>x</title><script>var a</script></head><body><nav> </nav></body></html>'), {}, { kind: 'empty', html: true }],
    ['a page of menu labels only', file('menu.html', '<html><body><nav><a href="/">Home</a></nav><ul><li>World</li><li>Politics</li></ul></body></html>'), {}, { kind: 'empty', html: true }],
    ['malformed front matter', file('bad.md', `---\ntitle: T\npublished: 2025-02-30\n---\n${EN}`), {}, { kind: 'front-matter', line: 3, reason: 'published must be a real date written YYYY-MM-DD, got "2025-02-30"' }],
    ['a title over 200 characters', { kind: 'text', text: EN }, { title: 'x'.repeat(201) }, { kind: 'field', field: 'title', issue: 'too-long', value: 'x'.repeat(201) }],
    ['a URL that is not http(s)', { kind: 'text', text: EN }, { url: 'ftp://example.com/a' }, { kind: 'field', field: 'url', issue: 'not-http', value: 'ftp://example.com/a' }],
    ['a date that does not exist', { kind: 'text', text: EN }, { published: '2025-02-30' }, { kind: 'field', field: 'published', issue: 'not-a-date', value: '2025-02-30' }],
    ['an unknown language', { kind: 'text', text: EN }, { lang: 'ru' }, { kind: 'field', field: 'lang', issue: 'unknown-lang', value: 'ru' }],
  ])('%s', (_, upload, options, problem) => {
    expect(problemOf(upload, options)).toEqual(problem);
  });

  it('words each problem for the reader, naming the limit and the option as they know it', () => {
    expect(describeProblem({ kind: 'too-large', what: 'text', bytes: 1_189_999, limit: MAX_TEXT_BYTES }, 'en')).toBe('The text is 1.1 MB; at most 1 MB of text is accepted per source. Split it into several sources.');
    expect(describeProblem({ kind: 'field', field: 'published', issue: 'not-a-date', value: '2025-02-30' }, 'id', () => 'terbit')).toBe('terbit harus tanggal yang benar-benar ada, ditulis YYYY-MM-DD, bukan "2025-02-30"');
    expect(describeProblem({ kind: 'duplicate', id: 'alaska', title: 'Putaran pertama', where: 'scope' }, 'en')).toBe('This text is already stored as source "alaska" (Putaran pertama)');
  });
});

describe('prepareUpload takes what the file says, options first', () => {
  it('a Markdown file with front matter: options override it, the rest is kept', () => {
    const draft = prepareUpload(file('Laporan KTT.md', `---\ntitle: From the file\nurl: https://example.com/a\n---\n${EN}\n`), { title: 'From the option', published: '2025-08-16' });
    expect(draft.source).toEqual({ title: 'From the option', url: 'https://example.com/a', published: '2025-08-16', lang: 'en', body: EN });
    expect(draft.preferredId).toBe('laporan-ktt');
    expect(draft.origin).toEqual({ kind: 'file', name: 'Laporan KTT.md' });
  });

  it.each([
    ['a short first line is the title', 'Putin and Trump meet in Alaska\n\n' + EN, 'notes.txt', 'Putin and Trump meet in Alaska'],
    ['a long first line gives way to a meaningful file name', EN, 'anchorage_summit_report.txt', 'anchorage summit report'],
    ['a generic file name does not', EN, 'message.txt', 'Russian President Vladimir Putin and US President Donald Trump met in Anchorage, Alaska, on August 15, 2025. The talks…'],
  ])('%s', (_, text, name, title) => {
    expect(prepareUpload(file(name, text), {}).source.title).toBe(title);
  });

  it('pasted text: the id comes from the title, the language is detected', () => {
    const draft = prepareUpload({ kind: 'text', text: 'Pertemuan di Alaska\n\nPresiden Rusia Vladimir Putin dan Presiden Amerika Serikat Donald Trump bertemu di Anchorage selama hampir tiga jam.' }, {});
    expect(draft).toMatchObject({ preferredId: 'pertemuan-di-alaska', origin: { kind: 'text' }, source: { title: 'Pertemuan di Alaska', lang: 'id', url: null } });
  });

  it('an HTML page: the article text in paragraphs, its title, language, date and canonical address', () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Putin and Trump meet in Anchorage | Example News</title>
      <meta property="article:published_time" content="2025-08-16T08:00:00Z"><link rel="canonical" href="https://example.com/news/summit"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>track()</script>
      <article><h1>Putin and Trump meet in Anchorage</h1><p>${EN}</p><p>Secretary of State Marco Rubio accompanied Trump.<br>Foreign Minister Sergey Lavrov joined Putin.</p></article>
      <footer>Copyright Example News</footer></body></html>`;
    const draft = prepareUpload(file('page.html', html), {});
    expect(draft.source).toMatchObject({ title: 'Putin and Trump meet in Anchorage', lang: 'en', published: '2025-08-16', url: 'https://example.com/news/summit' });
    expect(draft.source.body.split('\n\n')).toEqual([EN, 'Secretary of State Marco Rubio accompanied Trump.', 'Foreign Minister Sergey Lavrov joined Putin.']);
    expect(draft.source.body).not.toMatch(/Home|track|Copyright/);
    expect(draft.preferredId).toBe('putin-and-trump-meet-in-anchorage');
  });
});

describe('slugId', () => {
  it.each([
    ['Report (AP)', 'report-ap'],
    ['Pertemuan_Putin–Trump 2025', 'pertemuan-putin-trump-2025'],
    ['Zürich café', 'zurich-cafe'],
    ['日本語', 'source'],
  ])('%s → %s', (name, id) => {
    expect(slugId(name)).toBe(id);
  });
});
