/**
 * /source's answers as Discord messages: what was stored (id, title, language, passages, the
 * people and dates found), the list with page buttons, the confirmation before removing, and the
 * modal for pasted text. Button and modal state lives in custom ids (`sm1:…`), like the answer
 * buttons' (custom-id.ts), so they keep working after a restart. Pure.
 */
import { createHash } from 'node:crypto';
import type { APIEmbed, APIModalInteractionResponseCallbackData } from 'discord.js';
import type { SourceAnswer, SourceLine } from '../../commands/source.js';
import type { SourceCard } from '../sources/card.js';
import type { AddOptions } from '../sources/intake.js';
import type { ActionRow } from './buttons.js';
import type { Locale } from './labels.js';
import { escapeMarkdown, truncate } from './markdown.js';
import { linkable, NO_MENTIONS, type MessagePayload } from './render.js';
import { SOURCE_LABELS } from './source-labels.js';

const COLOR = 0x3b6ea5;
const WARN = 0xc0392b;
const BUTTON = 2;
const PRIMARY = 1;
const SECONDARY = 2;
const DANGER = 4;
const MAX_CUSTOM_ID = 100;
/** Discord's cap on a text input, the most one modal can take. */
export const MODAL_TEXT_MAX = 4000;

export type SourceButton = { kind: 'remove' | 'keep' | 'restore'; ref: string } | { kind: 'list'; page: number };

/** A source id as it travels in a custom id: itself when it fits after `prefix`, else `#` and a hash of it. */
export function idRef(id: string, prefix: string): string {
  return `${prefix}${id}`.length <= MAX_CUSTOM_ID ? id : hashRef(id);
}

/** The id a reference names, among the ids the server has. */
export function resolveRef(ref: string, ids: readonly string[]): string | undefined {
  return ref.startsWith('#') ? ids.find((id) => hashRef(id) === ref) : ref;
}

function hashRef(id: string): string {
  return `#${createHash('sha256').update(id).digest('base64url').slice(0, 16)}`;
}

const PREFIX = { remove: 'sm1:rm:', keep: 'sm1:keep:', restore: 'sm1:re:' } as const;

export function sourceButtonId(button: SourceButton): string {
  if (button.kind === 'list') return `sm1:ls:${button.page}`;
  return `${PREFIX[button.kind]}${button.ref}`;
}

export function decodeSourceButton(customId: string): SourceButton | null {
  const m = /^sm1:(rm|keep|re|ls):(.+)$/.exec(customId);
  if (!m) return null;
  if (m[1] === 'ls') return /^\d{1,6}(:[ab])?$/.test(m[2]!) ? { kind: 'list', page: Number.parseInt(m[2]!, 10) } : null;
  return { kind: m[1] === 'rm' ? 'remove' : m[1] === 'keep' ? 'keep' : 'restore', ref: m[2]! };
}

export function isSourceCustomId(customId: string): boolean {
  return customId.startsWith('sm1:');
}

export function renderSourceAnswer(answer: Exclude<SourceAnswer, { action: 'needs-text' }>, locale: Locale): MessagePayload {
  const L = SOURCE_LABELS[locale];
  switch (answer.action) {
    case 'added':
    case 'restored':
      return message([card(answer.source, answer.action === 'added' ? L.added : L.restored, locale)]);
    case 'show':
      return message([{
        ...card(answer.source, answer.source.shared ? L.baseSource : L.shown, locale),
        description: answer.passages.map((p) => `**${p.number}.** ${truncate(escapeMarkdown(p.text), 600)}`).join('\n\n'),
      }]);
    case 'list':
      return renderList(answer, locale);
    case 'confirm-remove':
      return message(
        [{ title: truncate(L.confirmTitle(escapeMarkdown(answer.source.title)), 256), description: L.confirmText(answer.source.id, answer.restorableDays), color: WARN, fields: lineFields(answer.source, locale) }],
        [[button(sourceButtonId({ kind: 'remove', ref: idRef(answer.source.id, PREFIX.remove) }), L.remove, DANGER), button(sourceButtonId({ kind: 'keep', ref: idRef(answer.source.id, PREFIX.keep) }), L.cancel, SECONDARY)]],
      );
    case 'removed':
      return message(
        [{ title: truncate(L.removedTitle(escapeMarkdown(answer.source.title)), 256), description: L.removedText(answer.source.id, answer.restorableUntil), color: COLOR }],
        [[button(sourceButtonId({ kind: 'restore', ref: idRef(answer.source.id, PREFIX.restore) }), L.restore, SECONDARY)]],
      );
    case 'kept':
      return message([{ description: L.kept(answer.id), color: COLOR }]);
  }
}

function card(source: SourceCard, heading: string, locale: Locale): APIEmbed {
  const L = SOURCE_LABELS[locale];
  const url = linkable(source.url);
  const fields = [
    { name: L.id, value: `\`${truncate(source.id, 1000)}\``, inline: true },
    { name: L.language, value: L.langName(source.lang), inline: true },
    { name: L.passages, value: String(source.passages), inline: true },
    ...(source.published ? [{ name: L.published, value: source.published, inline: true }] : []),
    ...(source.addedBy ? [{ name: L.addedBy, value: addedBy(source.addedBy, source.addedAt), inline: true }] : []),
    { name: L.people, value: listOf(source.people, L.noneFound) },
    { name: L.dates, value: listOf(source.dates, L.noneFound) },
  ];
  return { author: { name: heading }, title: truncate(escapeMarkdown(source.title), 256), ...(url ? { url } : {}), color: COLOR, fields };
}

function renderList(answer: Extract<SourceAnswer, { action: 'list' }>, locale: Locale): MessagePayload {
  const L = SOURCE_LABELS[locale];
  const lines = answer.sources.map((s) => {
    const who = s.addedBy ? ` · ${addedBy(s.addedBy, s.addedAt)}` : '';
    return `\`${truncate(s.id, 80)}\` ${truncate(escapeMarkdown(s.title), 120)} (${s.lang}, ${L.passageCount(s.passages)})${who}`;
  });
  const footer = [answer.pages > 1 ? L.page(answer.page, answer.pages) : null, answer.removed > 0 ? L.removedCount(answer.removed) : null, L.baseCount(answer.base)].filter(Boolean).join(' · ');
  const embed: APIEmbed = { title: L.listTitle(answer.total), description: lines.length > 0 ? lines.join('\n') : L.empty, color: COLOR, footer: { text: footer } };
  const rows = answer.pages > 1
    ? [[
      button(sourceButtonId({ kind: 'list', page: Math.max(1, answer.page - 1) }), L.previous, SECONDARY, answer.page === 1, answer.page === 1 ? 'a' : ''),
      button(sourceButtonId({ kind: 'list', page: Math.min(answer.pages, answer.page + 1) }), L.next, PRIMARY, answer.page === answer.pages, answer.page === answer.pages ? 'b' : ''),
    ]]
    : [];
  return message([embed], rows);
}

/** The modal that takes pasted text; the options already given are filled in. */
export function renderAddModal(options: AddOptions, share: boolean, locale: Locale): APIModalInteractionResponseCallbackData {
  const L = SOURCE_LABELS[locale];
  const input = (customId: string, label: string, style: 1 | 2, required: boolean, max: number, value?: string, placeholder?: string) => ({
    type: 1 as const,
    components: [{
      type: 4 as const, custom_id: customId, label, style, required, max_length: max,
      ...(value ? { value: value.slice(0, max) } : {}), ...(placeholder ? { placeholder } : {}),
    }],
  });
  return {
    custom_id: share ? 'sm1:add:share' : 'sm1:add',
    title: L.modalTitle,
    components: [
      input('text', L.modalText, 2, true, MODAL_TEXT_MAX, undefined, L.modalTextHint),
      input('title', L.modalTitleField, 1, false, 250, options.title),
      input('url', L.modalUrl, 1, false, 2000, options.url, 'https://'),
      input('published', L.modalPublished, 1, false, 40, options.published, 'YYYY-MM-DD'),
      input('lang', L.modalLang, 1, false, 10, options.lang, 'id / en'),
    ],
  };
}

function lineFields(s: SourceLine, locale: Locale): APIEmbed['fields'] {
  const L = SOURCE_LABELS[locale];
  return [
    { name: L.id, value: `\`${truncate(s.id, 1000)}\``, inline: true },
    { name: L.passages, value: String(s.passages), inline: true },
    ...(s.addedBy ? [{ name: L.addedBy, value: addedBy(s.addedBy, s.addedAt), inline: true }] : []),
  ];
}

/** A Discord user as a mention (shown as their name; embeds never ping), else as recorded (e.g. "cli:ops"). */
function addedBy(user: string, at: string | null): string {
  const who = /^\d{17,20}$/.test(user) ? `<@${user}>` : escapeMarkdown(user);
  const time = at ? Date.parse(at) : NaN;
  return Number.isNaN(time) ? who : `${who}, <t:${Math.floor(time / 1000)}:d>`;
}

function listOf(values: string[], none: string): string {
  return values.length === 0 ? none : truncate(values.map(escapeMarkdown).join(', '), 1024);
}

function button(customId: string, label: string, style: number, disabled = false, salt = '') {
  // At either end a page button is disabled; a salt keeps its id distinct from its neighbour's.
  return { type: BUTTON, style, custom_id: salt ? `${customId}:${salt}` : customId, label: label.slice(0, 80), ...(disabled ? { disabled: true } : {}) };
}

function message(embeds: APIEmbed[], rows: Array<Array<ReturnType<typeof button>>> = []): MessagePayload {
  return { embeds, components: rows.map((components) => ({ type: 1, components }) as ActionRow), allowedMentions: NO_MENTIONS };
}
