/**
 * Answers the text sets off in brackets or commas beside the question's own words: a gloss of
 * what the question names, or the thing a gloss the question gives is written beside.
 */
import type { Span } from '../types.js';
import type { Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isStopwordAnyLang } from '../text/stopwords.js';
import { TITLE_HEADS } from '../extract/people/lexicon.js';
import { NAME_JOINERS } from './name-runs.js';
import { longFormStart } from './span-edges.js';

/**
 * What the text says right after the question's words, set off as a gloss or an apposition:
 * "penyakit kaki gajah ( filariasis )", "Sao Paolo ( Brasil )", "Seoul National University ,
 * Korea Selatan ,".
 */
export function glosses(tokens: Token[], asked: Set<string>, text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!asked.has(fold(tokens[i]!.text))) continue;
    const between = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    const bracket = /^\s*\(\s*$/.test(between);
    if (!bracket && !/^\s*,\s*$/.test(between)) continue;
    const end = bracket ? text.indexOf(')', tokens[i + 1]!.start) : text.slice(tokens[i + 1]!.start).search(/[,.;)]/) + tokens[i + 1]!.start;
    const inside = tokens.filter((t) => t.start >= tokens[i + 1]!.start && t.end <= end);
    if (end < tokens[i + 1]!.start || inside.length === 0 || inside.length > 6 || inside.every((t) => asked.has(fold(t.text)))) continue;
    // An apposition must be a name; a bracket may gloss with an ordinary word.
    if (!bracket && !inside.every((t) => t.capitalized || NAME_JOINERS.has(t.text.toLowerCase()))) continue;
    out.push({ start: inside[0]!.start, end: inside[inside.length - 1]!.end });
  }
  return out;
}

const MAX_GLOSSED = 3;

/**
 * The other way round: the question gives the gloss ("nama latin Caretta caretta") and the text
 * names the thing right before it: "penyu tempurung ( Caretta caretta )".
 */
export function glossedBy(tokens: Token[], asked: Set<string>, text: string): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const open = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (!/^\s*\(\s*$/.test(open)) continue;
    const close = text.indexOf(')', tokens[i]!.start);
    const inside = tokens.filter((t) => t.start >= tokens[i]!.start && t.end <= close);
    if (close < 0 || inside.length === 0 || !inside.every((t) => asked.has(fold(t.text)))) continue;
    let k = i - 1;
    const usable = (t: Token) => !asked.has(fold(t.text)) && !isStopwordAnyLang(fold(t.text));
    if (!usable(tokens[k]!)) continue;
    const long = inside.length === 1 ? longFormStart(tokens, k, inside[0]!.text, TITLE_HEADS) : null;
    if (long !== null) { out.push({ start: tokens[long]!.start, end: tokens[k]!.end }); continue; }
    while (k > 0 && i - k < MAX_GLOSSED && usable(tokens[k - 1]!) && tokens[k]!.start - tokens[k - 1]!.end === 1) k--;
    out.push({ start: tokens[k]!.start, end: tokens[i - 1]!.end });
  }
  return out;
}
