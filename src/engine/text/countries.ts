/**
 * Country names in Indonesian and English, from i18n-iso-countries (every name it lists for each
 * country: "Amerika Serikat", "United States", "USA", "U.S."). "Di negara manakah …" / "which
 * country …" wants one of these, not the city or the institution named next to it.
 * ISO codes are left out on purpose: "AS" is Indonesian for the United States but the code of
 * American Samoa.
 */
import { createRequire } from 'node:module';
import { fold } from './normalize.js';

const require = createRequire(import.meta.url);

interface CountryNames {
  countries: Record<string, string | string[]>;
}

let names: Set<string> | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  for (const lang of ['id', 'en']) {
    const data = require(`i18n-iso-countries/langs/${lang}.json`) as CountryNames;
    for (const value of Object.values(data.countries)) {
      for (const name of Array.isArray(value) ? value : [value]) set.add(fold(name));
    }
  }
  return set;
}

/** Whether the text (a name as written) is a country's name in either language. */
export function isCountry(text: string): boolean {
  names ??= load();
  return names.has(fold(text.replace(/\s+/g, ' ').trim()));
}

/** Stems of the nouns a question asks for a country with (negara; Porter's country, nation). */
export const COUNTRY_HEADS = new Set(['negara', 'countri', 'nation']);
