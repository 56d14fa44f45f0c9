/**
 * The buttons under an answer: one "Passage [n]" per distinct cited passage on the page (the
 * whole paragraph, shown privately) and, when the answer has more pages, "Previous" / "More
 * passages". Their state is in their custom ids (custom-id.ts); a long question is read back from
 * the message they are on with `recoverQuestion`.
 */
import type { APIActionRowComponent, APIButtonComponentWithCustomId } from 'discord.js';
import { citedId, pageId, passageId, questionHash, normalizeQuestion, type CommandName, type QuestionRef } from './custom-id.js';
import { LABELS, type Locale } from './labels.js';
import { unescapeMarkdown } from './markdown.js';
import type { Item } from './render.js';

export type ActionRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

// Discord's component numbers, spelled out so rendering does not load discord.js at run time.
const ACTION_ROW = 1;
const BUTTON = 2;
const PRIMARY = 1;
const SECONDARY = 2;

export interface PageButtonsInput {
  command: CommandName;
  question: string | null;
  page: number;
  pages: number;
  /** The number of the page's first citation. */
  first: number;
  items: Item[];
  locale: Locale;
}

export function pageButtons(input: PageButtonsInput): ActionRow[] {
  const { command, question, page, pages, first, items, locale } = input;
  const L = LABELS[locale];
  const rows: ActionRow[] = [];
  // Two citations of the same passage (two people named in one paragraph) share one button.
  const byPassage = new Map<string, { id: string; numbers: number[] }>();
  items.forEach((item, index) => {
    const key = `${item.citation.source}#${item.citation.passage}`;
    const known = byPassage.get(key);
    if (known) return void known.numbers.push(first + index);
    const id = passageId(item.citation.source, item.citation.passage) ?? citedId(command, page, index, question);
    byPassage.set(key, { id, numbers: [first + index] });
  });
  const passageButtons = [...byPassage.values()].map(({ id, numbers }) => button(id, L.showPassage(numbers), SECONDARY));
  if (passageButtons.length > 0) rows.push({ type: ACTION_ROW, components: passageButtons });
  if (pages > 1) {
    rows.push({
      type: ACTION_ROW,
      components: [
        // At either end the button is disabled; its id still has to differ from its neighbour's.
        button(pageId(command, page > 1 ? page - 1 : page, question), L.previous, SECONDARY, page === 1),
        button(pageId(command, page < pages ? page + 1 : page, question), L.morePassages, PRIMARY, page === pages),
      ],
    });
  }
  return rows;
}

function button(customId: string, label: string, style: typeof PRIMARY | typeof SECONDARY, disabled = false): APIButtonComponentWithCustomId {
  return { type: BUTTON, style, custom_id: customId, label: label.slice(0, 80), ...(disabled ? { disabled: true } : {}) };
}

export type Recovered = { ok: true; question: string | null } | { ok: false };

/** The question a button's state refers to, read from the message it is on when only its hash is. */
export function recoverQuestion(ref: QuestionRef, embeds: ReadonlyArray<{ title?: string | null; footer?: { text: string } | null }>): Recovered {
  if (ref.kind === 'none') return { ok: true, question: null };
  if (ref.kind === 'text') return { ok: true, question: ref.text };
  const candidates: string[] = [];
  for (const embed of embeds) {
    if (embed.title) candidates.push(unescapeMarkdown(embed.title));
    const quoted = embed.footer?.text.split('\n').find((line) => line.startsWith('“') && line.endsWith('”'));
    if (quoted) candidates.push(quoted.slice(1, -1));
  }
  const found = candidates.find((text) => questionHash(text) === ref.hash);
  return found === undefined ? { ok: false } : { ok: true, question: normalizeQuestion(found) };
}
