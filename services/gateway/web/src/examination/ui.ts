import { h } from '../dom';
import { currentLang, Key, setText, t, tMaybe } from '../i18n';

// The form pieces every screen uses live in ../forms; exam screens take them from here too.
export { field, heading, showDone, showFailure, statusLine } from '../forms';

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

/**
 * A position as applicants know it (일반행정 9급). In English the series' English name comes first
 * with the institute's own Korean name beside it, which may say more (일반행정(고졸자)).
 */
export function positionName(p: { jobSeries: string; jobSeriesKo: string; grade: number }): string {
  const english = currentLang() === 'en' ? tMaybe(`exam.series.${p.jobSeries}`, '') : '';
  return t('exam.position', { series: english ? `${english} (${p.jobSeriesKo})` : p.jobSeriesKo, grade: p.grade });
}
