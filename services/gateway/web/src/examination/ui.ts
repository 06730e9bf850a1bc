import { ApiError, FieldError } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, Key, localize, setText, t, tMaybe } from '../i18n';

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

/**
 * Shows a failed call: the server's message in the status line and each field's messages beside
 * its input (server field names map to the page's fields); focus goes to the first field to fix.
 */
export function showFailure(error: unknown, status: HTMLElement, fields: Record<string, { input: Input; error: HTMLElement }> = {}): void {
  for (const f of Object.values(fields)) {
    f.input.removeAttribute('aria-invalid');
    setText(f.error, null);
  }
  status.className = 'message error';
  const errors: FieldError[] = error instanceof ApiError ? error.errors : [];
  for (const { field: name, messages } of errors) {
    const target = fields[name.split('.')[0]];
    if (!target) continue;
    target.input.setAttribute('aria-invalid', 'true');
    setText(target.error, () => messages.map(localize).join(' · '));
  }
  setText(status, () => [errorText(error), ...errors.filter((e) => !fields[e.field.split('.')[0]]).map((e) => `${e.field}: ${e.messages.map(localize).join(' · ')}`)].join(' — '));
  Object.values(fields).find((f) => f.input.getAttribute('aria-invalid'))?.input.focus();
}

export function showDone(status: HTMLElement, text: () => string): void {
  status.className = 'message success';
  setText(status, text);
}

/** An instant as Seoul wall-clock time, e.g. 2027-01-07 18:00 (KST). */
export function seoulTime(iso: string | null): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The value of a datetime-local input, read as Seoul time, as an ISO instant. */
export const fromSeoulInput = (value: string): string | undefined => (value ? new Date(`${value}:00+09:00`).toISOString() : undefined);
export const toSeoulInput = (iso: string | null): string => (iso ? seoulTime(iso).replace(' ', 'T') : '');

export const title = (x: { titleKo: string; titleEn: string }) => (currentLang() === 'ko' ? x.titleKo : x.titleEn || x.titleKo);

export function badge(key: string, fallback: string, tone = ''): HTMLElement {
  const el = h('span', { class: `badge ${tone}`.trim() });
  setText(el, () => tMaybe(key, fallback));
  return el;
}

export function heading(level: 'h1' | 'h2' | 'h3', key: Key | (() => string), id?: string): HTMLElement {
  const el = h(level, id ? { id } : {});
  setText(el, key);
  return el;
}

export function button(key: Key, attrs: Record<string, string> = {}, cls = 'secondary'): HTMLButtonElement {
  const el = h('button', { type: 'button', class: cls, ...attrs });
  setText(el, key);
  return el;
}

/** A table with a caption for screen readers, scrollable by keyboard. */
export function table(captionKey: Key, headers: Key[], rows: Node[], numeric: Key[] = []): HTMLElement {
  const caption = h('caption', { class: 'sr-only' });
  setText(caption, captionKey);
  const head = h('tr', {}, ...headers.map((k) => {
    const th = h('th', { scope: 'col', class: numeric.includes(k) ? 'num' : undefined });
    setText(th, k);
    return th;
  }));
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t(captionKey) }, h('table', {}, caption, h('thead', {}, head), h('tbody', {}, ...rows)));
}

export const td = (content: Node | string, cls?: string, testId?: string) => h('td', { class: cls, 'data-testid': testId }, content);

export const statusLine = (testId?: string) => h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': testId });

/**
 * A position as applicants know it (일반행정 9급). In English the series' English name comes first
 * with the institute's own Korean name beside it, which may say more (일반행정(고졸자)).
 */
export function positionName(p: { jobSeries: string; jobSeriesKo: string; grade: number }): string {
  const english = currentLang() === 'en' ? tMaybe(`exam.series.${p.jobSeries}`, '') : '';
  return t('exam.position', { series: english ? `${english} (${p.jobSeriesKo})` : p.jobSeriesKo, grade: p.grade });
}
