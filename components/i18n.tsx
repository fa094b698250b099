/**
 * The interface's words, from locales/<lang>.yml (turned into _locales/<lang>/messages.json by
 * @wxt-dev/i18n). Components call `t` and `tx` from here and never the browser API: each
 * entrypoint installs the real lookup (`i18n.t` from #i18n) before it renders, and the unit
 * tests install one that reads locales/en.yml.
 */
import type { ComponentChild, ComponentChildren } from 'preact';
import type { GeneratedI18nStructure, i18n } from '#i18n';

type Translate = typeof i18n.t;
type Structure = Omit<GeneratedI18nStructure, `@@${string}`>;

export type MessageKey = keyof Structure;
/** Keys of messages that take `N` substitutions and have no plural forms. */
export type KeyWith<N extends number> = { [K in MessageKey]: Structure[K] extends { substitutions: N; plural: false } ? K : never }[MessageKey];
export type PlainKey = KeyWith<0>;
/** Keys of messages with forms for 1 and n, and the count as $1. */
export type PluralKey = { [K in MessageKey]: Structure[K] extends { substitutions: 1; plural: true } ? K : never }[MessageKey];

let lookup: Translate | null = null;
let locale = 'en';

/** Installs the message lookup; the `locale` message says which language the messages are in. */
export function setTranslator(translate: Translate): void {
  lookup = translate;
  locale = translate('locale');
}

export const t: Translate = ((...args: unknown[]) => {
  if (!lookup) throw new Error('setTranslator() must run before the interface renders');
  return (lookup as (...a: unknown[]) => string)(...args);
}) as Translate;

/** The language the interface is shown in, for Intl formats and the lang attribute. */
export function uiLocale(): string {
  return locale;
}

// The languages of extension locales that are written right to left.
const RTL = /^(ar|fa|he|ur)\b/i;

/**
 * The interface's direction. Taken from the messages' own language, not from the browser's
 * (`@@bidi_dir`): an Arabic browser shown the English fallback must still lay it out left to right.
 */
export function uiDir(): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

// Private-use characters stand in for the elements of `tx` while the message is looked up.
const STAND_IN = 0xe000;

/**
 * A message whose substitutions are elements (a name in <bdi>, an input): looked up with
 * stand-ins, then split at them, so the translator keeps the whole sentence and its word order.
 */
export function tx(key: MessageKey, parts: ComponentChildren[]): ComponentChildren[] {
  const marks = parts.map((_, i) => String.fromCharCode(STAND_IN + i));
  const text = (t as (key: string, substitutions: string[]) => string)(key, marks);
  return text
    .split(/([\ue000-\ue008])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const i = piece.length === 1 ? piece.charCodeAt(0) - STAND_IN : -1;
      return i >= 0 && i < parts.length ? parts[i] : piece;
    });
}

/** Gives an extension page the interface's language, direction and a title. */
export function localisePage(doc: Document, title: PlainKey): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = uiDir();
  doc.title = t(title);
}

/** Page or knowledge-file texts as a list in the interface's language, each one isolated. */
export function isolatedList(items: string[]): ComponentChild[] {
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' })
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? <bdi>{part.value}</bdi> : part.value));
}
