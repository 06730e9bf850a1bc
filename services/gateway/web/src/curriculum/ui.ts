import { downloadFile } from '../api';
import { h } from '../dom';
import { markFieldErrors } from '../forms';
import { errorText } from '../format';
import { currentLang, Key, setText, t, tMaybe } from '../i18n';

/** Small building blocks the curriculum pages share: labelled fields, tables, downloads, errors. */

export const named = (x: { nameKo: string; nameEn: string }): string => (currentLang() === 'ko' ? x.nameKo : x.nameEn || x.nameKo);
export const num = (n: number): string => n.toLocaleString(currentLang() === 'ko' ? 'ko-KR' : 'en-US');
export const label = (key: string, fallback: string): string => tMaybe(key, fallback);

/** An element whose text follows the language. */
export function txt<K extends keyof HTMLElementTagNameMap>(tag: K, key: Key | (() => string), attrs: Record<string, string | boolean | undefined> = {}): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  setText(el, key);
  return el;
}

export interface Field {
  input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLElement;
  wrap: HTMLElement;
  labelKey: Key;
}

/** A labelled input with its hint and its error line, wired for screen readers. */
export function field(id: string, labelKey: Key, input: Field['input'], hintKey?: Key): Field {
  const error = h('p', { id: `${id}-error`, class: 'field-error' });
  const hint = hintKey ? txt('p', hintKey, { id: `${id}-hint`, class: 'hint' }) : null;
  input.id = id;
  if (!input.getAttribute('data-testid')) input.setAttribute('data-testid', id);
  input.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  const wrap = h('div', { class: 'field' }, txt('label', labelKey, { for: id }), input, hint, error);
  return { input, error, wrap, labelKey };
}

export function options(select: HTMLSelectElement, items: { value: string; label: () => string }[], placeholder?: Key): void {
  const chosen = select.value;
  const first = placeholder ? [txt('option', placeholder, { value: '' })] : [];
  select.replaceChildren(...first, ...items.map((item) => txt('option', item.label, { value: item.value })));
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** Shows a failed call next to the fields it names; returns the message for the status line. */
export function showErrors(fields: Record<string, Field>, error: unknown): string {
  const errors = markFieldErrors(fields, error);
  const names = errors.map((e) => (fields[e.field.split('.')[0]] ? t(fields[e.field.split('.')[0]].labelKey) : e.field));
  return errors.length > 0 ? `${errorText(error)} — ${t('form.invalid', { count: names.length, fields: [...new Set(names)].join(', ') })}` : errorText(error);
}

export { clearFieldErrors as clearErrors } from '../forms';

/** A table in a focusable scroll region, its caption for screen readers. */
export function dataTable(captionKey: Key | (() => string), headers: { key: Key | (() => string); numeric?: boolean }[], testid: string) {
  const tbody = h('tbody');
  const head = h('thead', {}, h('tr', {}, ...headers.map((c) => txt('th', c.key, { scope: 'col', class: c.numeric ? 'num' : undefined }))));
  const table = h('table', { 'data-testid': testid }, txt('caption', captionKey, { class: 'sr-only' }), head, tbody);
  const region = h('div', { class: 'table-scroll', role: 'region', tabindex: '0' }, table);
  region.setAttribute('aria-label', typeof captionKey === 'function' ? captionKey() : t(captionKey));
  return { table, tbody, thead: head, region };
}

export const cell = (content: string | Node | null, attrs: Record<string, string | undefined> = {}) => h('td', attrs, content);
export const numCell = (n: number | string | null, attrs: Record<string, string | undefined> = {}) => h('td', { class: 'num', ...attrs }, n === null ? '' : typeof n === 'number' ? num(n) : n);
export const emptyRow = (columns: number, key: Key) => h('tr', {}, txt('td', key, { colspan: String(columns), class: 'empty' }));

/** .xlsx and CSV buttons for a report or export. */
export function downloads(path: () => string, fallbackName: string, status: HTMLElement, testid: string): HTMLElement {
  const button = (format: 'xlsx' | 'csv', key: Key) => {
    const b = txt('button', key, { type: 'button', class: 'secondary', 'data-testid': `${testid}-${format}` });
    b.addEventListener('click', async () => {
      b.disabled = true;
      setText(status, 'download.busy');
      try {
        const base = path();
        await downloadFile(`${base}${base.includes('?') ? '&' : '?'}format=${format}`, `${fallbackName}.${format}`);
        setText(status, null);
      } catch (e) {
        setText(status, () => errorText(e));
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  return h('div', { class: 'actions' }, button('xlsx', 'cur.download.xlsx'), button('csv', 'cur.download.csv'));
}

/** The notes under a report: the source's discrepancies it flags (D1, D5, …) and conventions. */
export function notesList(notes: { ref: string | null; ko: string; en: string }[]): HTMLElement {
  const list = h('ul', { class: 'cur-notes', 'data-testid': 'report-notes' });
  for (const note of notes) {
    const item = h('li', {}, note.ref ? h('span', { class: 'badge warn' }, note.ref) : null, ' ');
    const body = h('span');
    setText(body, () => (currentLang() === 'ko' ? note.ko : note.en));
    item.append(body);
    list.append(item);
  }
  return list;
}

export const card = (titleKey: Key, id: string, ...children: (Node | null)[]) => h('section', { class: 'card', 'aria-labelledby': id }, txt('h2', titleKey, { id }), ...children);
export const status = (testid: string) => h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': testid });
export function say(el: HTMLElement, kind: 'info' | 'error' | 'success', text: Key | (() => string) | null): void {
  el.className = `message ${kind}`;
  setText(el, text);
}

export const seoulToday = (): string => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

/** Fills a page with its parts, leaving out those a role does not get. */
export function fill(main: HTMLElement, ...parts: (Node | null)[]): void {
  main.replaceChildren(...parts.filter((p): p is Node => p !== null));
}
