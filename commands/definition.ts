/**
 * Slash command definitions built with discord.js's SlashCommandBuilder from a command's English
 * and Indonesian words. The builder validates Discord's rules (lower-case names of at most 32
 * characters, descriptions of at most 100) when the definition is first read.
 */
import { createRequire } from 'node:module';
import type { Definition, CommandText, Locale } from './types.js';

const require = createRequire(import.meta.url);

export interface OptionSpec {
  required: boolean;
  maxLength?: number;
  autocomplete?: boolean;
}

/**
 * A getter for the definition: discord.js is loaded only when a definition is read (by the bot or
 * the deploy script), so the console and one-shot commands start half a second sooner.
 */
export function lazyDefinition(text: Record<Locale, CommandText>, option?: OptionSpec): () => Definition {
  let built: Definition | undefined;
  return () => (built ??= buildDefinition(text, option));
}

export function buildDefinition(text: Record<Locale, CommandText>, spec?: OptionSpec): Definition {
  const { SlashCommandBuilder } = require('discord.js') as typeof import('discord.js');
  const builder = new SlashCommandBuilder()
    .setName(text.en.name)
    .setNameLocalizations({ id: text.id.name })
    .setDescription(text.en.description)
    .setDescriptionLocalizations({ id: text.id.description });
  const en = text.en.option;
  const id = text.id.option;
  if (spec && en && id) {
    builder.addStringOption((o) => {
      o.setName(en.name)
        .setNameLocalizations({ id: id.name })
        .setDescription(en.description)
        .setDescriptionLocalizations({ id: id.description })
        .setRequired(spec.required)
        .setAutocomplete(spec.autocomplete ?? false);
      if (spec.maxLength) o.setMaxLength(spec.maxLength);
      return o;
    });
  }
  return builder.toJSON();
}
