/** A text in both languages. Catalogues hold pairs, so neither language can miss a key. */
export interface Pair {
  ko: string;
  en: string;
}
export type Lang = keyof Pair;
export const LANGS: readonly Lang[] = ['ko', 'en'];

/** A catalogue of pairs, by key. Values use i18next's `{{name}}` and formats (`{{name, 을/를}}`). */
export type Catalogue = Record<string, Pair>;
/** One language's side of a catalogue. */
export type Texts<C extends Catalogue> = { [K in keyof C]: string };

export function side<C extends Catalogue>(catalogue: C, lang: Lang): Texts<C> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, pair]) => [key, pair[lang]])) as Texts<C>;
}
