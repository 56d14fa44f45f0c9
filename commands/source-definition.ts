/**
 * /source's Discord definition: subcommands add | list | show | remove | restore, named and
 * described in English and Indonesian. Only members with Manage Server see it by default (server
 * admins may grant it to other roles in their integration settings), and never in DMs.
 */
import { createRequire } from 'node:module';
import { MAX_TITLE } from '../src/sources/front-matter.js';
import type { Definition, Locale } from './types.js';

const require = createRequire(import.meta.url);

export type SourceSubcommand = 'add' | 'list' | 'show' | 'remove' | 'restore';
export type SourceOption = 'file' | 'title' | 'url' | 'published' | 'lang' | 'share' | 'id' | 'page';

interface Words {
  name: string;
  description: string;
  subcommands: Record<SourceSubcommand, { name: string; description: string }>;
  options: Record<SourceOption, { name: string; description: string }>;
  restoreId: string;
  langs: { id: string; en: string };
}

export const SOURCE_WORDS: Record<Locale, Words> = {
  en: {
    name: 'source',
    description: "Manage this server's own sources (moderators)",
    subcommands: {
      add: { name: 'add', description: 'Add a news text as a source: attach a .txt, .md or .html file, or paste the text' },
      list: { name: 'list', description: "This server's own sources, with who added each and when" },
      show: { name: 'show', description: "A source's details and its first passages" },
      remove: { name: 'remove', description: 'Remove a source (it stays restorable for a while)' },
      restore: { name: 'restore', description: 'Bring back a removed source' },
    },
    options: {
      file: { name: 'file', description: 'A .txt, .md or .html file (up to 1 MB of text); leave it out to paste the text' },
      title: { name: 'title', description: 'The headline (default: from the file, or its first line)' },
      url: { name: 'url', description: 'Where it was published (http:// or https://)' },
      published: { name: 'published', description: 'Publication date, YYYY-MM-DD' },
      lang: { name: 'lang', description: 'Language of the text (detected when left out)' },
      share: { name: 'share', description: 'Show the reply to everyone in the channel' },
      id: { name: 'id', description: 'The source (type to search by title)' },
      page: { name: 'page', description: 'Page of the list' },
    },
    restoreId: 'The removed source (type to search by title)',
    langs: { id: 'Indonesian', en: 'English' },
  },
  id: {
    name: 'sumber',
    description: 'Kelola sumber milik server ini (moderator)',
    subcommands: {
      add: { name: 'tambah', description: 'Tambahkan teks berita sebagai sumber: lampirkan berkas .txt, .md atau .html, atau tempel teksnya' },
      list: { name: 'daftar', description: 'Sumber milik server ini, beserta siapa yang menambahkan dan kapan' },
      show: { name: 'lihat', description: 'Keterangan sebuah sumber dan paragraf pertamanya' },
      remove: { name: 'hapus', description: 'Hapus sumber (masih bisa dipulihkan untuk sementara)' },
      restore: { name: 'pulihkan', description: 'Kembalikan sumber yang dihapus' },
    },
    options: {
      file: { name: 'berkas', description: 'Berkas .txt, .md atau .html (teks paling banyak 1 MB); kosongkan untuk menempel teks' },
      title: { name: 'judul', description: 'Judul berita (bawaan: dari berkas, atau baris pertamanya)' },
      url: { name: 'url', description: 'Alamat tempat berita terbit (http:// atau https://)' },
      published: { name: 'terbit', description: 'Tanggal terbit, YYYY-MM-DD' },
      lang: { name: 'bahasa', description: 'Bahasa teks (dideteksi bila dikosongkan)' },
      share: { name: 'bagikan', description: 'Tampilkan balasan untuk semua orang di kanal' },
      id: { name: 'id', description: 'Sumbernya (ketik untuk mencari judul)' },
      page: { name: 'halaman', description: 'Halaman daftar' },
    },
    restoreId: 'Sumber yang dihapus (ketik untuk mencari judul)',
    langs: { id: 'Bahasa Indonesia', en: 'Bahasa Inggris' },
  },
};

export function buildSourceDefinition(): Definition {
  const { SlashCommandBuilder, PermissionFlagsBits, InteractionContextType } = require('discord.js') as typeof import('discord.js');
  const { en, id } = SOURCE_WORDS;
  type Named = { setName(n: string): Named; setNameLocalizations(l: Record<string, string>): Named; setDescription(d: string): Named; setDescriptionLocalizations(l: Record<string, string>): Named };
  const named = <T>(o: T, a: { name: string; description: string }, b: { name: string; description: string }): T =>
    (o as unknown as Named).setName(a.name).setNameLocalizations({ id: b.name }).setDescription(a.description).setDescriptionLocalizations({ id: b.description }) as unknown as T;
  const option = <T>(o: T, key: SourceOption): T => named(o, en.options[key], id.options[key]);
  const sub = <T>(o: T, key: SourceSubcommand): T => named(o, en.subcommands[key], id.subcommands[key]);

  const builder = named(new SlashCommandBuilder(), en, id)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .setDMPermission(false)
    .addSubcommand((s) =>
      sub(s, 'add')
        .addAttachmentOption((o) => option(o, 'file').setRequired(false))
        .addStringOption((o) => option(o, 'title').setRequired(false).setMaxLength(MAX_TITLE + 50))
        .addStringOption((o) => option(o, 'url').setRequired(false).setMaxLength(2000))
        .addStringOption((o) => option(o, 'published').setRequired(false).setMaxLength(40))
        .addStringOption((o) =>
          option(o, 'lang').setRequired(false).addChoices(
            { name: en.langs.id, name_localizations: { id: id.langs.id }, value: 'id' },
            { name: en.langs.en, name_localizations: { id: id.langs.en }, value: 'en' },
          ))
        .addBooleanOption((o) => option(o, 'share').setRequired(false)))
    .addSubcommand((s) =>
      sub(s, 'list')
        .addIntegerOption((o) => option(o, 'page').setRequired(false).setMinValue(1))
        .addBooleanOption((o) => option(o, 'share').setRequired(false)))
    .addSubcommand((s) =>
      sub(s, 'show')
        .addStringOption((o) => option(o, 'id').setRequired(true).setAutocomplete(true).setMaxLength(100))
        .addBooleanOption((o) => option(o, 'share').setRequired(false)))
    .addSubcommand((s) => sub(s, 'remove').addStringOption((o) => option(o, 'id').setRequired(true).setAutocomplete(true).setMaxLength(100)))
    .addSubcommand((s) =>
      sub(s, 'restore').addStringOption((o) =>
        option(o, 'id').setDescription(en.restoreId).setDescriptionLocalizations({ id: id.restoreId }).setRequired(true).setAutocomplete(true).setMaxLength(100)));
  return builder.toJSON();
}
