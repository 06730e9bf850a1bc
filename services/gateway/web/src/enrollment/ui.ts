/** Small building blocks the enrollment screens share. */
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, Key, setText, t, tMaybe } from '../i18n';
import type { EnrollmentCohort } from './enrollment-api';

type Child = Node | string | null | undefined | false;

/** Korean name, or English when the page is in English and there is one. */
export const named = (ko: string | null | undefined, en: string | null | undefined): string => (currentLang() === 'en' && en ? en : ko) ?? '';

export const courseName = (c: Pick<EnrollmentCohort, 'courseNameKo' | 'courseNameEn' | 'courseCode'>): string => named(c.courseNameKo, c.courseNameEn) || c.courseCode || '';

/** Counts with thousands separators, as Korean reports print them. */
export const count = (n: number): string => n.toLocaleString('ko-KR');

/** A cohort's daily hours, or 상시 for e-learning. */
export const hoursOf = (c: Pick<EnrollmentCohort, 'dailyStartTime' | 'dailyEndTime'>): string => (c.dailyStartTime ? `${c.dailyStartTime}–${c.dailyEndTime}` : t('enr.alwaysOpen'));

/** A status as a badge; statuses come from the server and read in the page's language. */
export function badge(status: string, extra = ''): HTMLElement {
  const el = h('span', { class: `badge${status === 'pending' || status === 'waitlisted' ? ' pending' : ''}`, 'data-status': status });
  el.textContent = `${tMaybe(`enr.status.${status}`, status)}${extra}`;
  return el;
}

export function label(key: Key, tag: 'h2' | 'h3' | 'span' | 'p' | 'legend' | 'label' | 'th' | 'caption' = 'span', attrs: Record<string, string> = {}): HTMLElement {
  const el = h(tag, attrs);
  setText(el, key);
  return el;
}

/** A card with its heading; the heading names the region for screen readers. */
export function card(title: Key, id: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': id }, label(title, 'h2', { id }), ...children);
}

/** A message area that screen readers announce when it changes. */
export function liveMessage(testid?: string): HTMLElement {
  return h('p', { class: 'message', role: 'status', 'aria-live': 'polite', ...(testid ? { 'data-testid': testid } : {}) });
}

export function say(el: HTMLElement, kind: 'info' | 'success' | 'error', text: () => string): void {
  el.className = `message ${kind}`;
  setText(el, text);
}

export const sayError = (el: HTMLElement, error: unknown): void => say(el, 'error', () => errorText(error));

export function button(key: Key, onClick: () => void | Promise<void>, attrs: Record<string, string> = {}, primary = false): HTMLButtonElement {
  const el = h('button', { type: 'button', class: primary ? 'primary' : 'secondary', ...attrs });
  setText(el, key);
  el.addEventListener('click', async () => {
    el.disabled = true;
    try {
      await onClick();
    } finally {
      el.disabled = false;
    }
  });
  return el;
}

/** A table in a region keyboard users can scroll, with a caption and column headers. */
export function table(caption: Key, headers: Key[], rows: Node[][], options: { numeric?: Key[]; empty: Key; testid?: string }): HTMLElement {
  const numeric = new Set(options.numeric ?? []);
  const head = h('tr', {}, ...headers.map((key) => label(key, 'th', { scope: 'col', ...(numeric.has(key) ? { class: 'num' } : {}) })));
  const body = rows.length
    ? rows.map((cells) => h('tr', {}, ...cells.map((cell) => (cell instanceof HTMLTableCellElement ? cell : h('td', {}, cell)))))
    : [h('tr', {}, h('td', { colspan: String(headers.length), class: 'empty' }, t(options.empty)))];
  const cap = label(caption, 'caption', { class: 'sr-only' });
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t(caption) }, h('table', options.testid ? { 'data-testid': options.testid } : {}, cap, h('thead', {}, head), h('tbody', {}, ...body)));
}

export const cell = (content: Child, attrs: Record<string, string> = {}): HTMLTableCellElement => h('td', attrs, content);
export const num = (n: number | string | null | undefined): HTMLTableCellElement => h('td', { class: 'num' }, n === null || n === undefined ? '—' : typeof n === 'number' ? count(n) : n);

/** .xlsx and CSV buttons for one download. */
export function downloads(get: (format: 'xlsx' | 'csv') => Promise<void>, status: HTMLElement, testid = 'download'): HTMLElement {
  const one = (key: Key, format: 'xlsx' | 'csv') => button(key, () => get(format).catch((e) => sayError(status, e)), { 'data-testid': `${testid}-${format}` });
  return h('div', { class: 'actions' }, one('enr.download.xlsx', 'xlsx'), one('enr.download.csv', 'csv'));
}

/** A labelled field for a form. */
export function field(key: Key, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, id: string, hint?: Key): HTMLElement {
  input.id = id;
  const hintEl = hint ? label(hint, 'p', { id: `${id}-hint`, class: 'hint' }) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, label(key, 'label', { for: id }), input, hintEl);
}

/** Options of a select, the first a prompt. */
export function fillSelect(select: HTMLSelectElement, items: { value: string; text: string }[], prompt: Key): void {
  const chosen = select.value;
  select.replaceChildren(h('option', { value: '' }, t(prompt)), ...items.map((i) => h('option', { value: i.value }, i.text)));
  select.value = items.some((i) => i.value === chosen) ? chosen : '';
}
