/**
 * Discord's own form checks on what a bot sends, answered the way Discord answers them (HTTP 400,
 * code 50035 "Invalid Form Body", errors nested by path), so a reply Discord would refuse fails the
 * tests too instead of passing against a lenient stand-in.
 */

export type FieldErrors = { _errors?: Array<{ code: string; message: string }>; [key: string]: unknown };
export interface FormError {
  code: number;
  message: string;
  errors: FieldErrors;
}

type Path = Array<string | number>;

class Problems {
  readonly errors: FieldErrors = {};
  count = 0;

  add(path: Path, code: string, message: string): void {
    let node = this.errors;
    for (const key of path) node = (node[String(key)] ??= {}) as FieldErrors;
    (node._errors ??= []).push({ code, message });
    this.count++;
  }

  maxLength(path: Path, value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    if (Array.isArray(value) && value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  required(path: Path, value: unknown, min = 1): void {
    if (value === undefined || value === null) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    else if ((typeof value === 'string' || Array.isArray(value)) && value.length < min) {
      this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
    }
  }

  result(): FormError | null {
    return this.count === 0 ? null : { code: 50035, message: 'Invalid Form Body', errors: this.errors };
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const len = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

/** A message body (create, edit, interaction response data). `path` prefixes error keys, e.g. ['data']. */
export function validateMessage(body: unknown, path: Path = [], options: { create?: boolean } = {}): FormError | null {
  const p = new Problems();
  if (!isObj(body)) {
    p.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return p.result();
  }
  p.maxLength([...path, 'content'], body.content, 2000);
  checkEmbeds(p, path, body.embeds);
  checkComponents(p, path, body.components);
  checkAllowedMentions(p, path, body.allowed_mentions);
  if (typeof body.flags === 'number' && (body.flags & ~(4 | 64 | 4096)) !== 0) {
    p.add([...path, 'flags'], 'MESSAGE_FLAGS_INVALID', 'Invalid message flags');
  }
  const formError = p.result();
  if (formError) return formError;
  if (options.create && !len(body.content) && list(body.embeds).length === 0 && list(body.components).length === 0) {
    return { code: 50006, message: 'Cannot send an empty message', errors: {} };
  }
  return null;
}

function checkEmbeds(p: Problems, path: Path, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  const at = [...path, 'embeds'];
  p.maxLength(at, embeds, 10);
  let total = 0;
  list(embeds).forEach((embed, i) => {
    if (!isObj(embed)) return p.add([...at, i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    p.maxLength([...at, i, 'title'], embed.title, 256);
    p.maxLength([...at, i, 'description'], embed.description, 4096);
    if (embed.url !== undefined && !isUrl(embed.url)) p.add([...at, i, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    total += len(embed.title) + len(embed.description);
    const fields = list(embed.fields);
    p.maxLength([...at, i, 'fields'], fields, 25);
    fields.forEach((field, j) => {
      const f = isObj(field) ? field : {};
      p.required([...at, i, 'fields', j, 'name'], f.name);
      p.required([...at, i, 'fields', j, 'value'], f.value);
      p.maxLength([...at, i, 'fields', j, 'name'], f.name, 256);
      p.maxLength([...at, i, 'fields', j, 'value'], f.value, 1024);
      total += len(f.name) + len(f.value);
    });
    if (isObj(embed.footer)) {
      p.required([...at, i, 'footer', 'text'], embed.footer.text);
      p.maxLength([...at, i, 'footer', 'text'], embed.footer.text, 2048);
      total += len(embed.footer.text);
    }
    if (isObj(embed.author)) {
      p.required([...at, i, 'author', 'name'], embed.author.name);
      p.maxLength([...at, i, 'author', 'name'], embed.author.name, 256);
      total += len(embed.author.name);
    }
  });
  if (total > 6000) p.add(at, 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function checkComponents(p: Problems, path: Path, components: unknown): void {
  if (components === undefined || components === null) return;
  const at = [...path, 'components'];
  p.maxLength(at, components, 5);
  const seen = new Set<string>();
  list(components).forEach((row, i) => {
    const r = isObj(row) ? row : {};
    if (r.type !== 1) return p.add([...at, i, 'type'], 'COMPONENT_LAYOUT_INVALID', 'Top-level components must be action rows');
    const children = list(r.components);
    p.required([...at, i, 'components'], children);
    p.maxLength([...at, i, 'components'], children, 5);
    children.forEach((child, j) => {
      const c = isObj(child) ? child : {};
      const cp = [...at, i, 'components', j];
      if (c.type !== 2) return p.add([...cp, 'type'], 'COMPONENT_TYPE_INVALID', 'Only buttons are used by this bot');
      p.maxLength([...cp, 'label'], c.label, 80);
      if (c.style === 5) {
        if (!isUrl(c.url)) p.add([...cp, 'url'], 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
        return;
      }
      if (typeof c.style !== 'number' || c.style < 1 || c.style > 4) p.add([...cp, 'style'], 'BUTTON_COMPONENT_INVALID_STYLE', 'Invalid button style');
      p.required([...cp, 'custom_id'], c.custom_id);
      p.maxLength([...cp, 'custom_id'], c.custom_id, 100);
      if (typeof c.custom_id === 'string') {
        if (seen.has(c.custom_id)) p.add([...cp, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
        seen.add(c.custom_id);
      }
      if (!len(c.label) && !isObj(c.emoji)) p.add([...cp, 'label'], 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A label or an emoji is required');
    });
  });
}

function checkAllowedMentions(p: Problems, path: Path, mentions: unknown): void {
  if (mentions === undefined || mentions === null) return;
  const parse = isObj(mentions) ? mentions.parse : undefined;
  for (const [i, kind] of list(parse).entries()) {
    if (!['roles', 'users', 'everyone'].includes(String(kind))) {
      p.add([...path, 'allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', 'Value must be one of {roles, users, everyone}.');
    }
  }
}

/** The data of an autocomplete response (callback type 8). */
export function validateChoices(data: unknown): FormError | null {
  const p = new Problems();
  const choices = isObj(data) ? data.choices : undefined;
  p.required(['data', 'choices'], choices, 0);
  p.maxLength(['data', 'choices'], choices, 25);
  list(choices).forEach((choice, i) => {
    const c = isObj(choice) ? choice : {};
    p.required(['data', 'choices', i, 'name'], c.name);
    p.maxLength(['data', 'choices', i, 'name'], c.name, 100);
    p.required(['data', 'choices', i, 'value'], c.value);
    p.maxLength(['data', 'choices', i, 'value'], c.value, 100);
  });
  return p.result();
}

/** The data of a modal response (callback type 9): a title and one to five rows of one text input each. */
export function validateModal(data: unknown): FormError | null {
  const p = new Problems();
  const d = isObj(data) ? data : {};
  p.required(['data', 'custom_id'], d.custom_id);
  p.maxLength(['data', 'custom_id'], d.custom_id, 100);
  p.required(['data', 'title'], d.title);
  p.maxLength(['data', 'title'], d.title, 45);
  const rows = list(d.components);
  p.required(['data', 'components'], rows);
  p.maxLength(['data', 'components'], rows, 5);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const r = isObj(row) ? row : {};
    const at = ['data', 'components', i];
    if (r.type !== 1 || list(r.components).length !== 1) return p.add(at, 'COMPONENT_LAYOUT_INVALID', 'A modal row holds exactly one text input');
    const input = isObj(list(r.components)[0]) ? (list(r.components)[0] as Obj) : {};
    const ip = [...at, 'components', 0];
    if (input.type !== 4) return p.add([...ip, 'type'], 'COMPONENT_TYPE_INVALID', 'Only text inputs are used by this bot');
    p.required([...ip, 'custom_id'], input.custom_id);
    p.maxLength([...ip, 'custom_id'], input.custom_id, 100);
    p.required([...ip, 'label'], input.label);
    p.maxLength([...ip, 'label'], input.label, 45);
    p.maxLength([...ip, 'placeholder'], input.placeholder, 100);
    p.maxLength([...ip, 'value'], input.value, 4000);
    if (input.style !== 1 && input.style !== 2) p.add([...ip, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2}.');
    for (const key of ['min_length', 'max_length'] as const) {
      const n = input[key];
      if (n !== undefined && (typeof n !== 'number' || n < 0 || n > 4000)) p.add([...ip, key], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 4000.');
    }
    if (typeof input.custom_id === 'string') {
      if (seen.has(input.custom_id)) p.add([...ip, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
      seen.add(input.custom_id);
    }
  });
  return p.result();
}

export const DISCORD_LOCALES = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** A bulk overwrite of application commands (PUT …/commands). */
export function validateCommands(body: unknown): FormError | null {
  const p = new Problems();
  if (!Array.isArray(body)) {
    p.add([], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    return p.result();
  }
  p.maxLength([], body, 100);
  const names = new Set<string>();
  body.forEach((command, i) => {
    const c = isObj(command) ? command : {};
    checkNamed(p, [i], c);
    if (typeof c.name === 'string') {
      if (names.has(c.name)) p.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
      names.add(c.name);
    }
    checkOptions(p, [i, 'options'], c.options);
    if (c.default_member_permissions !== undefined && c.default_member_permissions !== null && !(typeof c.default_member_permissions === 'string' && /^\d+$/.test(c.default_member_permissions))) {
      p.add([i, 'default_member_permissions'], 'BASE_TYPE_BAD_INT', 'Value "' + String(c.default_member_permissions) + '" is not snowflake.');
    }
    for (const [j, context] of list(c.contexts).entries()) {
      if (![0, 1, 2].includes(context as number)) p.add([i, 'contexts', j], 'BASE_TYPE_CHOICES', 'Value must be one of {0, 1, 2}.');
    }
  });
  return p.result();
}

function checkNamed(p: Problems, at: Path, c: Obj): void {
  const nameOk = (v: unknown) => typeof v === 'string' && COMMAND_NAME.test(v) && v === v.toLowerCase();
  if (!nameOk(c.name)) p.add([...at, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  p.required([...at, 'description'], c.description);
  p.maxLength([...at, 'description'], c.description, 100);
  for (const [field, check] of [['name_localizations', 'name'], ['description_localizations', 'description']] as const) {
    const map = c[field];
    if (map === undefined || map === null) continue;
    for (const [locale, value] of Object.entries(isObj(map) ? map : {})) {
      if (!DISCORD_LOCALES.has(locale)) p.add([...at, field, locale], 'LOCALE_INVALID', `Invalid locale "${locale}"`);
      else if (check === 'name' && !nameOk(value)) p.add([...at, field, locale], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      else if (check === 'description') {
        p.required([...at, field, locale], value);
        p.maxLength([...at, field, locale], value, 100);
      }
    }
  }
}

function checkOptions(p: Problems, at: Path, options: unknown): void {
  if (options === undefined || options === null) return;
  p.maxLength(at, options, 25);
  let optionalSeen = false;
  list(options).forEach((option, i) => {
    const o = isObj(option) ? option : {};
    checkNamed(p, [...at, i], o);
    if (typeof o.type !== 'number' || o.type < 1 || o.type > 11) p.add([...at, i, 'type'], 'BASE_TYPE_CHOICES', 'Invalid option type');
    if (o.required === true && optionalSeen) {
      p.add([...at, i, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (o.required !== true) optionalSeen = true;
    if (o.autocomplete === true && Array.isArray(o.choices) && o.choices.length > 0) {
      p.add([...at, i, 'autocomplete'], 'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID', 'Autocomplete cannot be set with choices');
    }
    p.maxLength([...at, i, 'choices'], o.choices, 25);
    // Subcommands (1) and groups (2) carry options of their own, checked the same way.
    if (o.type === 1 || o.type === 2) checkOptions(p, [...at, i, 'options'], o.options);
    if (typeof o.max_length === 'number' && (o.max_length < 1 || o.max_length > 6000)) {
      p.add([...at, i, 'max_length'], 'NUMBER_TYPE_MAX', 'int value should be between 1 and 6000.');
    }
  });
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
