import { ApiError } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, Key, localize, onLangChange, setText, t } from '../i18n';

/** Won as the finance pages show it: digits grouped, negatives with △ as in the source's tables. */
export function won(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const digits = String(amount);
  if (!/^-?\d+$/.test(digits)) return digits;
  const grouped = digits.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits.startsWith('-') ? `△${grouped}` : grouped;
}

export const named = (x: { nameKo: string; nameEn: string }) => (currentLang() === 'ko' ? x.nameKo : x.nameEn || x.nameKo);

/** A heading whose text follows the language. */
export function heading(tag: 'h1' | 'h2' | 'h3', key: Key | (() => string), id?: string): HTMLElement {
  const el = h(tag, { id });
  setText(el, key);
  return el;
}

export function textOf<K extends keyof HTMLElementTagNameMap>(tag: K, key: Key | (() => string), attrs: Record<string, string | boolean | undefined> = {}): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  setText(el, key);
  return el;
}

/** A table with a caption for screen readers, inside a region keyboard users can scroll. */
export function dataTable(id: string, caption: Key | (() => string), headers: (Key | (() => string))[], numeric: number[] = []) {
  const tbody = h('tbody');
  const head = h('tr', {}, ...headers.map((key, i) => textOf('th', key, { scope: 'col', class: numeric.includes(i) ? 'num' : undefined })));
  const captionEl = textOf('caption', caption, { class: 'sr-only' });
  const table = h('table', { 'data-testid': id, id }, captionEl, h('thead', {}, head), tbody);
  const region = h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': typeof caption === 'function' ? caption() : t(caption) }, table);
  return { region, table, tbody };
}

/** One term of a description list, its label and value kept together. */
export const term = (label: Key, value: string | Node | null, testId?: string) => h('div', {}, textOf('dt', label), h('dd', { 'data-testid': testId }, value));

export const cell = (text: string, attrs: Record<string, string | undefined> = {}) => h('td', attrs, text);
export const numCell = (text: string, testId?: string) => h('td', { class: 'num nowrap', 'data-testid': testId }, text);

/** A polite live region for "loading", "saved" and errors. */
export const liveStatus = (testId?: string) => h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': testId });

export function showStatus(status: HTMLElement, kind: 'info' | 'success' | 'error', text: Key | (() => string) | null): void {
  status.className = `message ${kind}`;
  setText(status, text);
}

export interface FormField {
  /** The server's name for the field (its errors come back under it). */
  name: string;
  label: Key;
  input: HTMLInputElement | HTMLSelectElement;
  hint?: Key;
}

/**
 * A small form: labelled fields, the server's message next to each field it refuses, a status
 * line read out when it changes, and the submit button busy while the call runs.
 */
export function actionForm(options: { id: string; title: Key; fields: FormField[]; submit: Key; onSubmit: () => Promise<Key | (() => string) | void> }): HTMLFormElement {
  const { id, fields } = options;
  const errors = new Map<string, HTMLElement>();
  const status = liveStatus(`${id}-status`);
  const submit = textOf('button', options.submit, { type: 'submit', class: 'primary', 'data-testid': `${id}-submit` });
  const form = h('form', { class: 'card', 'data-testid': id, 'aria-labelledby': `${id}-title`, novalidate: true },
    heading('h2', options.title, `${id}-title`),
    h('div', { class: 'grid' }, ...fields.map((f) => {
      const inputId = `${id}-${f.name}`;
      const error = h('p', { id: `${inputId}-error`, class: 'field-error' });
      const hint = f.hint ? textOf('p', f.hint, { id: `${inputId}-hint`, class: 'hint' }) : null;
      errors.set(f.name, error);
      f.input.id = inputId;
      f.input.setAttribute('data-testid', inputId);
      f.input.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
      return h('div', { class: 'field' }, textOf('label', f.label, { for: inputId }), f.input, hint, error);
    })),
    h('div', { class: 'actions' }, submit, status),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const f of fields) f.input.removeAttribute('aria-invalid');
    for (const e of errors.values()) setText(e, null);
    showStatus(status, 'info', null);
    submit.disabled = true;
    try {
      const done = await options.onSubmit();
      showStatus(status, 'success', done ?? 'fin.saved');
    } catch (e) {
      const refused = e instanceof ApiError ? e.errors : [];
      for (const { field, messages } of refused) {
        const f = fields.find((x) => x.name === field || field.startsWith(`${x.name}.`));
        if (!f) continue;
        f.input.setAttribute('aria-invalid', 'true');
        setText(errors.get(f.name)!, () => messages.map(localize).join(' · '));
      }
      showStatus(status, 'error', () => errorText(e));
      fields.find((f) => f.input.getAttribute('aria-invalid'))?.input.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export const input = (type: string, attrs: Record<string, string | boolean | undefined> = {}) => h('input', { type, ...attrs });

export function select(options: { value: string; label: () => string }[], attrs: Record<string, string | boolean | undefined> = {}): HTMLSelectElement {
  return h('select', attrs, ...options.map((o) => {
    const option = h('option', { value: o.value });
    setText(option, o.label);
    return option;
  }));
}

/** Whole won from a number field; what the user typed goes to the server as is when it is not one. */
export const amountOf = (el: HTMLInputElement): number | string => (el.value.trim() === '' ? '' : Number(el.value));

/**
 * A screen's loading: progress and failures in `status`, nothing applied once the user has left,
 * and the screen drawn again when the language changes. `dispose` is the screen's clean-up.
 */
export function screenLoader(status: HTMLElement, render: () => void) {
  let disposed = false;
  const stopLang = onLangChange(render);
  return {
    /** `fetch` gets the data and answers what to keep of it; that runs only if the screen is still shown. */
    async load(fetch: () => Promise<() => void>): Promise<void> {
      showStatus(status, 'info', 'fin.loading');
      try {
        const keep = await fetch();
        if (disposed) return;
        keep();
        render();
        showStatus(status, 'info', null);
      } catch (e) {
        if (!disposed) showStatus(status, 'error', () => errorText(e));
      }
    },
    dispose() {
      disposed = true;
      stopLang();
    },
  };
}
