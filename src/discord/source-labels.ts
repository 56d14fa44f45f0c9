/** Every word /source puts in a Discord message, in English and Indonesian. */
import type { Locale } from './labels.js';

export interface SourceLabels {
  added: string;
  restored: string;
  shown: string;
  baseSource: string;
  id: string;
  language: string;
  langName(lang: string): string;
  passages: string;
  passageCount(n: number): string;
  published: string;
  addedBy: string;
  people: string;
  dates: string;
  noneFound: string;
  listTitle(total: number): string;
  empty: string;
  page(current: number, total: number): string;
  removedCount(n: number): string;
  baseCount(n: number): string;
  previous: string;
  next: string;
  confirmTitle(title: string): string;
  confirmText(id: string, days: number): string;
  remove: string;
  cancel: string;
  restore: string;
  removedTitle(title: string): string;
  removedText(id: string, until: string): string;
  kept(id: string): string;
  modalTitle: string;
  modalText: string;
  modalTextHint: string;
  modalTitleField: string;
  modalUrl: string;
  modalPublished: string;
  modalLang: string;
  downloadFailed: string;
  unavailable: string;
}

export const SOURCE_LABELS: Record<Locale, SourceLabels> = {
  en: {
    added: 'Source added: answers use it from now on',
    restored: 'Source restored: answers use it again',
    shown: "This server's source",
    baseSource: 'Base source (every server has it)',
    id: 'ID',
    language: 'Language',
    langName: (lang) => (lang === 'id' ? 'Indonesian' : 'English'),
    passages: 'Passages',
    passageCount: (n) => `${n} passage${n === 1 ? '' : 's'}`,
    published: 'Published',
    addedBy: 'Added by',
    people: 'People found',
    dates: 'Dates found',
    noneFound: 'none found',
    listTitle: (total) => `This server's sources (${total})`,
    empty: 'No sources added in this server yet. Add one with /source add.',
    page: (current, total) => `Page ${current} of ${total}`,
    removedCount: (n) => `${n} removed (restorable with /source restore)`,
    baseCount: (n) => `plus ${n} base source${n === 1 ? '' : 's'} every server has`,
    previous: 'Previous',
    next: 'Next',
    confirmTitle: (title) => `Remove “${title}”?`,
    confirmText: (id, days) => `Answers stop using \`${id}\` at once. It stays restorable with /source restore for ${days} day${days === 1 ? '' : 's'}.`,
    remove: 'Remove',
    cancel: 'Cancel',
    restore: 'Restore',
    removedTitle: (title) => `Removed “${title}”`,
    removedText: (id, until) => `\`${id}\` can be restored until ${until} with /source restore, or the button below.`,
    kept: (id) => `Nothing was removed: \`${id}\` stays.`,
    modalTitle: 'Add a source',
    modalText: 'Text of the article',
    modalTextHint: 'Paste the article as published; paragraphs separated by blank lines.',
    modalTitleField: 'Title (optional)',
    modalUrl: 'URL (optional)',
    modalPublished: 'Published, YYYY-MM-DD (optional)',
    modalLang: 'Language, id or en (optional)',
    downloadFailed: 'The attached file could not be downloaded from Discord; please try again.',
    unavailable: 'Source management is not available in this bot.',
  },
  id: {
    added: 'Sumber ditambahkan: jawaban memakainya mulai sekarang',
    restored: 'Sumber dipulihkan: jawaban memakainya lagi',
    shown: 'Sumber server ini',
    baseSource: 'Sumber dasar (dimiliki semua server)',
    id: 'ID',
    language: 'Bahasa',
    langName: (lang) => (lang === 'id' ? 'Bahasa Indonesia' : 'Bahasa Inggris'),
    passages: 'Paragraf',
    passageCount: (n) => `${n} paragraf`,
    published: 'Terbit',
    addedBy: 'Ditambahkan oleh',
    people: 'Tokoh yang ditemukan',
    dates: 'Waktu yang ditemukan',
    noneFound: 'tidak ada',
    listTitle: (total) => `Sumber server ini (${total})`,
    empty: 'Belum ada sumber yang ditambahkan di server ini. Tambahkan dengan /sumber tambah.',
    page: (current, total) => `Halaman ${current} dari ${total}`,
    removedCount: (n) => `${n} dihapus (bisa dipulihkan dengan /sumber pulihkan)`,
    baseCount: (n) => `ditambah ${n} sumber dasar milik semua server`,
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    confirmTitle: (title) => `Hapus “${title}”?`,
    confirmText: (id, days) => `Jawaban langsung berhenti memakai \`${id}\`. Sumber ini masih bisa dipulihkan dengan /sumber pulihkan selama ${days} hari.`,
    remove: 'Hapus',
    cancel: 'Batal',
    restore: 'Pulihkan',
    removedTitle: (title) => `Dihapus: “${title}”`,
    removedText: (id, until) => `\`${id}\` bisa dipulihkan sampai ${until} dengan /sumber pulihkan, atau tombol di bawah.`,
    kept: (id) => `Tidak ada yang dihapus: \`${id}\` tetap ada.`,
    modalTitle: 'Tambah sumber',
    modalText: 'Teks berita',
    modalTextHint: 'Tempel berita seperti aslinya; pisahkan paragraf dengan baris kosong.',
    modalTitleField: 'Judul (opsional)',
    modalUrl: 'URL (opsional)',
    modalPublished: 'Tanggal terbit, YYYY-MM-DD (opsional)',
    modalLang: 'Bahasa, id atau en (opsional)',
    downloadFailed: 'Berkas lampiran tidak bisa diunduh dari Discord; silakan coba lagi.',
    unavailable: 'Pengelolaan sumber tidak tersedia di bot ini.',
  },
};
