/**
 * "Show passage": the whole cited paragraph, escaped, as private messages. A paragraph longer than
 * one embed is split at spaces across several messages (the first a reply, the rest follow-ups),
 * each within Discord's limits; past MAX_PARTS the last part ends in "…" rather than flooding.
 */
import type { Passage, SourceMeta } from '../engine/types.js';
import { LABELS, type Locale } from './labels.js';
import { escapeMarkdown, splitText, truncate } from './markdown.js';
import { LIMITS, NO_MENTIONS, linkable, type MessagePayload } from './render.js';

const PART_MAX = 4000;
const MAX_PARTS = 5;
const COLOR = 0x3b6ea5;

export function renderPassage(meta: SourceMeta, passage: Passage, locale: Locale): MessagePayload[] {
  const L = LABELS[locale];
  let parts = splitText(escapeMarkdown(passage.text), PART_MAX);
  if (parts.length > MAX_PARTS) {
    parts = parts.slice(0, MAX_PARTS);
    const last = parts[MAX_PARTS - 1]!;
    parts[MAX_PARTS - 1] = last.length > PART_MAX - 2 ? truncate(last, PART_MAX - 2) : `${last} …`;
  }
  const title = truncate(`${escapeMarkdown(meta.title)} — ${L.passage(passage.number)}`, LIMITS.title);
  const url = linkable(meta.url);
  return parts.map((description, i) => {
    const footer = [parts.length > 1 ? L.part(i + 1, parts.length) : null, meta.published].filter(Boolean).join(' · ');
    return {
      embeds: [{
        ...(i === 0 ? { title, ...(url ? { url } : {}) } : {}),
        description,
        color: COLOR,
        ...(footer ? { footer: { text: footer } } : {}),
      }],
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  });
}
