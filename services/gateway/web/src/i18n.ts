import { common } from './i18n/common';
import { curriculum } from './i18n/curriculum';
import { enrollment } from './i18n/enrollment';
import { examination } from './i18n/examination';
import { finance } from './i18n/finance';

/** Every label of the pages, Korean first; each domain keeps its own in i18n/<domain>.ts. */
const dict = { ...common, ...curriculum, ...enrollment, ...examination, ...finance };

export type Lang = 'ko' | 'en';
/** A set of labels: key → text per language; `{name}` marks a value filled in by `t`. */
export type Texts = Record<string, Record<Lang, string>>;
export type Key = keyof typeof dict;

const STORAGE_KEY = 'baeum.lang';
let lang: Lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
const listeners = new Set<() => void>();

export const currentLang = (): Lang => lang;

export function t(key: Key, vars: Record<string, string | number> = {}): string {
  return dict[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Translates keys that are built at run time (roles, statuses); unknown ones show as they came. */
export function tMaybe(key: string, fallback: string): string {
  return key in dict ? t(key as Key) : fallback;
}

/** Server messages come as "한국어 / English"; show the half for the current language. */
/** A server message in both languages ("한국어 / English", either way round): the half in the page's language. */
export function localize(message: string): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  const korean = parts.find((p) => /[가-힣]/.test(p)) ?? parts[0];
  const english = parts.find((p) => p !== korean) ?? parts[1];
  return lang === 'ko' ? korean : english;
}

export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  document.title = t('app.name');
  listeners.forEach((listener) => listener());
}

/** Runs `listener` after every language switch; returns the unsubscribe function. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Texts that must follow the language: the element keeps a function that renders its text.
const live = new Map<Element, () => string>();

export function setText(el: Element, text: Key | (() => string) | null): void {
  if (text === null) {
    live.delete(el);
    el.textContent = '';
    return;
  }
  const render = typeof text === 'function' ? text : () => t(text);
  live.set(el, render);
  el.textContent = render();
}

onLangChange(() => {
  for (const [el, render] of live) {
    if (el.isConnected) el.textContent = render();
    else live.delete(el); // the screen it belonged to is gone
  }
});
