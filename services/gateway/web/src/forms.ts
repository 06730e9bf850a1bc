// Form pieces shared by the screens: labelled fields, status lines, failures shown field by field.
import { ApiError, FieldError } from './api';
import { h } from './dom';
import { errorText } from './format';
import { Key, localize, setText } from './i18n';

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A labelled field with its hint and its error line, wired for screen readers. */
export function field(id: string, label: Key, input: Input, hint?: Key | (() => string)): { row: HTMLElement; input: Input; error: HTMLElement } {
  const error = h('p', { id: `${id}-error`, class: 'field-error' });
  const hintEl = hint ? h('p', { id: `${id}-hint`, class: 'hint' }) : null;
  if (hintEl && hint) setText(hintEl, hint);
  input.id = id;
  input.setAttribute('data-testid', id);
  input.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
  const labelEl = h('label', { for: id });
  setText(labelEl, label);
  return { row: h('div', { class: 'field' }, labelEl, input, hintEl, error), input, error };
}

type FieldWithError = { input: Input; error: HTMLElement };

export function clearFieldErrors(fields: Record<string, FieldWithError>): void {
  for (const f of Object.values(fields)) {
    f.input.removeAttribute('aria-invalid');
    setText(f.error, null);
  }
}

/**
 * Puts each of a failed call's field messages beside its input (server field names map to the
 * page's fields) and focuses the first field to fix; returns the call's field errors.
 */
export function markFieldErrors(fields: Record<string, FieldWithError>, error: unknown): FieldError[] {
  clearFieldErrors(fields);
  const errors: FieldError[] = error instanceof ApiError ? error.errors : [];
  for (const { field: name, messages } of errors) {
    const target = fields[name.split('.')[0]];
    if (!target) continue;
    target.input.setAttribute('aria-invalid', 'true');
    setText(target.error, () => messages.map(localize).join(' · '));
  }
  Object.values(fields).find((f) => f.input.getAttribute('aria-invalid'))?.input.focus();
  return errors;
}

/** Shows a failed call: the server's message in the status line, field messages beside their inputs. */
export function showFailure(error: unknown, status: HTMLElement, fields: Record<string, FieldWithError> = {}): void {
  const errors = markFieldErrors(fields, error);
  status.className = 'message error';
  setText(status, () => [errorText(error), ...errors.filter((e) => !fields[e.field.split('.')[0]]).map((e) => `${e.field}: ${e.messages.map(localize).join(' · ')}`)].join(' — '));
}

export function showDone(status: HTMLElement, text: () => string): void {
  status.className = 'message success';
  setText(status, text);
}

export function heading(level: 'h1' | 'h2' | 'h3', key: Key | (() => string), id?: string): HTMLElement {
  const el = h(level, id ? { id } : {});
  setText(el, key);
  return el;
}

export const statusLine = (testId?: string) => h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': testId });
