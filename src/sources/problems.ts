/**
 * What can be wrong with a moderator's request, as data: the store throws a SourceProblemError,
 * and each front end words it in its reader's language (the command line names its flags,
 * Discord its localized option names). Nothing is written before a request passes every check.
 */
import { UserError } from '../errors.js';

export type Field = 'title' | 'url' | 'published' | 'lang';
export type ProblemLocale = 'id' | 'en';

export type SourceProblem =
  | { kind: 'field'; field: Field; issue: 'empty' | 'too-long' | 'not-http' | 'not-a-date' | 'unknown-lang'; value: string }
  | { kind: 'unsupported-type'; name: string }
  | { kind: 'too-large'; what: 'file' | 'text'; bytes: number; limit: number }
  | { kind: 'not-text'; reason: 'binary' | 'not-utf8' | 'utf16' }
  | { kind: 'empty'; html: boolean }
  | { kind: 'no-text' }
  | { kind: 'front-matter'; line: number; reason: string }
  | { kind: 'duplicate'; id: string; title: string; where: 'base' | 'scope' | 'removed' }
  | { kind: 'id-taken'; id: string }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'base-source'; id: string }
  | { kind: 'not-removed'; id: string }
  | { kind: 'restore-clash'; id: string }
  | { kind: 'unreadable'; name: string; code: string };

export class SourceProblemError extends UserError {
  override name = 'SourceProblemError';
  constructor(readonly problem: SourceProblem, label: (field: Field) => string = (f) => f) {
    super(describeProblem(problem, 'en', label));
  }
}

export const MB = 1024 * 1024;

/** Sizes as a reader says them: "1.4 MB", "830 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const EXTENSIONS = '.txt, .md, .html';

export function describeProblem(p: SourceProblem, locale: ProblemLocale, label: (field: Field) => string = (f) => f): string {
  const id = locale === 'id';
  switch (p.kind) {
    case 'field': {
      const name = label(p.field);
      switch (p.issue) {
        case 'empty': return id ? `${name} kosong` : `${name} is empty`;
        case 'too-long': return id ? `${name} terdiri dari ${p.value.length} karakter; paling banyak 200` : `${name} is ${p.value.length} characters long; at most 200 are allowed`;
        case 'not-http': return id ? `${name} harus diawali http:// atau https://, bukan "${clip(p.value)}"` : `${name} must start with http:// or https://, got "${clip(p.value)}"`;
        case 'not-a-date': return id ? `${name} harus tanggal yang benar-benar ada, ditulis YYYY-MM-DD, bukan "${clip(p.value)}"` : `${name} must be a real date written YYYY-MM-DD, got "${clip(p.value)}"`;
        case 'unknown-lang': return id ? `${name} harus "id" atau "en", bukan "${clip(p.value)}"` : `${name} must be "id" or "en", got "${clip(p.value)}"`;
      }
      break;
    }
    case 'unsupported-type':
      return id ? `Jenis berkas "${clip(p.name)}" tidak didukung; kirim ${EXTENSIONS}` : `"${clip(p.name)}" is not a supported type; send ${EXTENSIONS}`;
    case 'too-large':
      return p.what === 'file'
        ? id ? `Berkas berukuran ${formatBytes(p.bytes)}; paling besar ${formatBytes(p.limit)}` : `The file is ${formatBytes(p.bytes)}; at most ${formatBytes(p.limit)} is accepted`
        : id ? `Teksnya ${formatBytes(p.bytes)}; paling banyak ${formatBytes(p.limit)} teks per sumber. Bagi menjadi beberapa sumber.` : `The text is ${formatBytes(p.bytes)}; at most ${formatBytes(p.limit)} of text is accepted per source. Split it into several sources.`;
    case 'not-text':
      return p.reason === 'utf16'
        ? id ? 'Berkas ini teks UTF-16; simpan sebagai UTF-8' : 'The file is UTF-16 text; save it as UTF-8'
        : p.reason === 'binary'
          ? id ? 'Berkas ini bukan teks (berisi byte NUL: berkas biner?)' : 'The file is not text (it contains NUL bytes: a binary file?)'
          : id ? 'Berkas ini bukan teks UTF-8 yang sah; simpan sebagai UTF-8' : 'The file is not valid UTF-8 text; save it as UTF-8';
    case 'empty':
      return p.html
        ? id ? 'Tidak ada teks artikel yang terbaca di halaman ini' : 'No readable article text was found in the page'
        : id ? 'Tidak ada teks untuk disimpan' : 'There is no text to store';
    case 'no-text':
      return id ? 'Lampirkan berkas atau tempel teksnya' : 'Attach a file or paste the text';
    case 'front-matter':
      return id ? `Front matter baris ${p.line}: ${p.reason}` : `Front matter line ${p.line}: ${p.reason}`;
    case 'duplicate': {
      const which = `"${p.id}" (${clip(p.title, 80)})`;
      if (p.where === 'removed') return id ? `Teks ini sama dengan sumber yang dihapus ${which}; pulihkan saja` : `This text is the removed source ${which}; restore it instead`;
      if (p.where === 'base') return id ? `Teks ini sudah ada sebagai sumber dasar ${which}` : `This text is already stored as base source ${which}`;
      return id ? `Teks ini sudah disimpan sebagai sumber ${which}` : `This text is already stored as source ${which}`;
    }
    case 'id-taken':
      return id ? `Sudah ada sumber dengan id "${p.id}"; ganti nama berkas atau hapus sumber itu dulu` : `A source with id "${p.id}" already exists; rename the file or remove that source first`;
    case 'unknown-id':
      return id ? `Tidak ada sumber dengan id "${clip(p.id)}" di sini` : `No source with id "${clip(p.id)}" here`;
    case 'base-source':
      return id ? `"${clip(p.id)}" adalah sumber dasar yang dipakai semua server; tidak bisa dihapus dari sini` : `"${clip(p.id)}" is a base source every server shares; it cannot be removed here`;
    case 'not-removed':
      return id ? `Tidak ada sumber terhapus dengan id "${clip(p.id)}" yang bisa dipulihkan` : `No removed source with id "${clip(p.id)}" can be restored`;
    case 'restore-clash':
      return id ? `Sudah ada sumber aktif dengan id "${p.id}"; hapus dulu sebelum memulihkan` : `A source with id "${p.id}" is active now; remove it before restoring`;
    case 'unreadable':
      return id ? `Berkas "${clip(p.name)}" tidak bisa dibaca (${p.code})` : `"${clip(p.name)}" cannot be read (${p.code})`;
  }
  return '';
}

function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
