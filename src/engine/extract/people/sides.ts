/**
 * Sides: the countries, blocs and institutions a person can represent, in the forms news text
 * writes them (name, demonym, abbreviation, the institution that stands for the government).
 * A side is reported by its name in the source's language ("Rusia" in Indonesian, "Russia" in
 * English), so "Russian Foreign Minister" and "Menteri Luar Negeri Rusia" state the same side.
 */
import type { Lang } from '../../types.js';
import { fold as foldText } from '../../text/normalize.js';

const fold = (w: string) => (/^[\x00-\x7f]*$/.test(w) ? w.toLowerCase() : foldText(w));

interface SideEntry {
  id: string;
  en: string;
  /** Other forms. All-capital forms (AS, US) match only in capitals; others any capitalized form. */
  forms: string[];
  /** Institutions that stand for the side; kept inside a role ("Kremlin aide"), unlike a country. */
  institutions?: string[];
}

const SIDES: SideEntry[] = [
  { id: 'Rusia', en: 'Russia', forms: ['Russian', 'Federasi Rusia', 'Russian Federation', 'Moskow', 'Moscow'], institutions: ['Kremlin'] },
  {
    id: 'Amerika Serikat', en: 'United States',
    forms: ['AS', 'US', 'USA', 'Amerika', 'America', 'American', 'United States of America'],
    institutions: ['Gedung Putih', 'White House', 'Pentagon'],
  },
  { id: 'Ukraina', en: 'Ukraine', forms: ['Ukrainian', 'Kyiv', 'Kiev'] },
  { id: 'Tiongkok', en: 'China', forms: ['Cina', 'China', 'Chinese', 'RRT', 'Beijing'] },
  { id: 'Indonesia', en: 'Indonesia', forms: ['Indonesian', 'RI'] },
  { id: 'Inggris', en: 'United Kingdom', forms: ['Britain', 'Great Britain', 'British', 'UK', 'Britania Raya', 'England', 'English'] },
  { id: 'Prancis', en: 'France', forms: ['Perancis', 'French'] },
  { id: 'Jerman', en: 'Germany', forms: ['German'] },
  { id: 'Jepang', en: 'Japan', forms: ['Japanese'] },
  { id: 'Korea Selatan', en: 'South Korea', forms: ['Korsel', 'South Korean'] },
  { id: 'Korea Utara', en: 'North Korea', forms: ['Korut', 'North Korean'] },
  { id: 'India', en: 'India', forms: ['Indian'] },
  { id: 'Iran', en: 'Iran', forms: ['Iranian'] },
  { id: 'Israel', en: 'Israel', forms: ['Israeli'] },
  { id: 'Palestina', en: 'Palestine', forms: ['Palestinian'] },
  { id: 'Turki', en: 'Turkey', forms: ['Türkiye', 'Turkish'] },
  { id: 'Arab Saudi', en: 'Saudi Arabia', forms: ['Saudi'] },
  { id: 'Uni Emirat Arab', en: 'United Arab Emirates', forms: ['UEA', 'UAE', 'Emirati'] },
  { id: 'Qatar', en: 'Qatar', forms: ['Qatari'] },
  { id: 'Mesir', en: 'Egypt', forms: ['Egyptian'] },
  { id: 'Suriah', en: 'Syria', forms: ['Syrian'] },
  { id: 'Irak', en: 'Iraq', forms: ['Iraqi'] },
  { id: 'Belarus', en: 'Belarus', forms: ['Belarusian'] },
  { id: 'Polandia', en: 'Poland', forms: ['Polish'] },
  { id: 'Finlandia', en: 'Finland', forms: ['Finnish'] },
  { id: 'Italia', en: 'Italy', forms: ['Italian'] },
  { id: 'Spanyol', en: 'Spain', forms: ['Spanish'] },
  { id: 'Kanada', en: 'Canada', forms: ['Canadian'] },
  { id: 'Meksiko', en: 'Mexico', forms: ['Mexican'] },
  { id: 'Brasil', en: 'Brazil', forms: ['Brazilian'] },
  { id: 'Australia', en: 'Australia', forms: ['Australian'] },
  { id: 'Malaysia', en: 'Malaysia', forms: ['Malaysian'] },
  { id: 'Singapura', en: 'Singapore', forms: ['Singaporean'] },
  { id: 'Filipina', en: 'Philippines', forms: ['Filipino', 'Philippine'] },
  { id: 'Vietnam', en: 'Vietnam', forms: ['Vietnamese'] },
  { id: 'Thailand', en: 'Thailand', forms: ['Thai'] },
  { id: 'Pakistan', en: 'Pakistan', forms: ['Pakistani'] },
  { id: 'Hungaria', en: 'Hungary', forms: ['Hungarian'] },
  { id: 'Belanda', en: 'Netherlands', forms: ['Dutch'] },
  { id: 'Swiss', en: 'Switzerland', forms: ['Swiss'] },
  { id: 'Norwegia', en: 'Norway', forms: ['Norwegian'] },
  { id: 'Swedia', en: 'Sweden', forms: ['Swedish'] },
  { id: 'Vatikan', en: 'Vatican', forms: [] },
  { id: 'Kazakhstan', en: 'Kazakhstan', forms: [] },
  { id: 'Uni Eropa', en: 'European Union', forms: ['UE', 'EU', 'European'] },
  { id: 'NATO', en: 'NATO', forms: ['NATO'] },
  { id: 'PBB', en: 'United Nations', forms: ['PBB', 'UN', 'Perserikatan Bangsa-Bangsa'] },
];

export interface SideMatch {
  /** Tokens covered. */
  length: number;
  side: SideEntry;
  institution: boolean;
}

/** Folded word sequence → entry; all-capital forms are kept apart so "as"/"us" never match. */
const byPhrase = new Map<string, Omit<SideMatch, 'length'>>();
const byAcronym = new Map<string, Omit<SideMatch, 'length'>>();
/**
 * First words of multi-word forms and whole one-word forms (most capitalized words miss here),
 * each with the most words a form starting with it has: "Rusia" is never read as a longer phrase.
 */
const openers = new Map<string, number>();
const MAX_WORDS = 4;
for (const side of SIDES) {
  const forms = [side.id, side.en, ...side.forms].map((f) => ({ f, institution: false }));
  for (const f of side.institutions ?? []) forms.push({ f, institution: true });
  for (const { f, institution } of forms) {
    if (/^\p{Lu}{2,}$/u.test(f)) byAcronym.set(f, { side, institution });
    else byPhrase.set(fold(f), { side, institution });
    const words = f.split(' ');
    const opener = fold(words[0]!);
    openers.set(opener, Math.max(openers.get(opener) ?? 0, words.length));
  }
}

/** Whether a side's name can start with this word (folded): most capitalized words cannot. */
export function opensSide(lower: string): boolean {
  return openers.has(lower);
}

/**
 * The side named by the capitalized words starting at `words[0]`, longest match first.
 * `words` are verbatim token texts with any possessive already removed.
 */
export function matchSide(words: string[]): SideMatch | undefined {
  const first = words[0];
  if (first === undefined || !/^\p{Lu}/u.test(first)) return undefined;
  const longest = openers.get(fold(first));
  if (longest === undefined) return undefined;
  for (let n = Math.min(MAX_WORDS, words.length, longest); n >= 1; n--) {
    const slice = words.slice(0, n);
    const found = n === 1 && /^\p{Lu}{2,}$/u.test(first) ? byAcronym.get(first) : byPhrase.get(fold(slice.join(' ')));
    if (found) return { length: n, ...found };
  }
  return undefined;
}

export type { SideEntry };

export function sideName(side: SideEntry, lang: Lang): string {
  return lang === 'id' ? side.id : side.en;
}
