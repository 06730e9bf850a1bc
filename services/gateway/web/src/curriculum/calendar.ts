import { User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, onLangChange, t } from '../i18n';
import { api, CohortView } from './api';
import { SCHEDULERS } from './cohorts';
import { card, named, options, say, seoulToday, status, txt } from './ui';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * 기수 달력: a month of cohorts, day by day, for the whole institute or one room or instructor.
 * `?month=2027-03&room=<id>` or `&instructor=<id>` keep the view in the address.
 */
export function renderCalendar(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  let disposed = false;
  const [y, m] = (params.get('month') ?? seoulToday().slice(0, 7)).split('-').map(Number);
  const month = { year: y || new Date().getFullYear(), month: m >= 1 && m <= 12 ? m : 1 };
  const calendarStatus = status('calendar-status');
  const who = h('select', { id: 'calendar-filter', 'data-testid': 'calendar-filter' });
  const grid = h('table', { class: 'calendar', 'data-testid': 'calendar' });
  const heading = h('h2', { id: 'calendar-title', 'aria-live': 'polite' });
  let cohorts: CohortView[] = [];

  const go = (delta: number) => {
    const d = new Date(Date.UTC(month.year, month.month - 1 + delta, 1));
    const next = new URLSearchParams(params);
    next.set('month', `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
    location.hash = `#/calendar?${next}`;
  };
  const prev = txt('button', 'cur.calendar.prev', { type: 'button', class: 'secondary', 'data-testid': 'calendar-prev' });
  const next = txt('button', 'cur.calendar.next', { type: 'button', class: 'secondary', 'data-testid': 'calendar-next' });
  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));
  who.addEventListener('change', () => {
    const nextParams = new URLSearchParams({ month: `${month.year}-${pad(month.month)}` });
    const [kind, id] = who.value.split(':');
    if (kind && id) nextParams.set(kind, id);
    location.hash = `#/calendar?${nextParams}`;
  });

  function render(): void {
    heading.textContent = currentLang() === 'ko' ? `${month.year}년 ${month.month}월` : new Date(Date.UTC(month.year, month.month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
    const offset = (new Date(Date.UTC(month.year, month.month - 1, 1)).getUTCDay() + 6) % 7; // weeks start on Monday
    const weekdays = t('cur.calendar.weekdays').split(',');
    const rows: HTMLElement[] = [];
    let week: HTMLElement[] = Array.from({ length: offset }, () => h('td', { class: 'outside' }));
    for (let day = 1; day <= days; day++) {
      const date = isoDate(month.year, month.month, day);
      const running = cohorts.filter((c) => c.startDate <= date && c.endDate >= date);
      const items = running.map((c) => {
        const text = `${named({ nameKo: c.courseNameKo, nameEn: c.courseNameEn })} ${t('cur.cohortNo', { n: c.cohortNo })} ${c.dailyStartTime}–${c.dailyEndTime}${c.roomNameKo ? ` · ${named({ nameKo: c.roomNameKo, nameEn: c.roomNameEn ?? c.roomNameKo })}` : ''}`;
        return h('li', { class: `chip ${c.status}` }, SCHEDULERS.includes(user.role) && c.status === 'scheduled' ? h('a', { href: `#/cohorts?edit=${c.id}` }, text) : text);
      });
      week.push(h('td', { 'data-date': date, class: date === seoulToday() ? 'today' : undefined },
        h('span', { class: 'day', 'aria-label': `${date} (${weekdays[(offset + day - 1) % 7]})` }, String(day)),
        items.length ? h('ul', {}, ...items) : null));
      if (week.length === 7) {
        rows.push(h('tr', {}, ...week));
        week = [];
      }
    }
    if (week.length) rows.push(h('tr', {}, ...week, ...Array.from({ length: 7 - week.length }, () => h('td', { class: 'outside' }))));
    grid.replaceChildren(
      h('caption', { class: 'sr-only' }, heading.textContent ?? ''),
      h('thead', {}, h('tr', {}, ...weekdays.map((d) => h('th', { scope: 'col' }, d)))),
      h('tbody', {}, ...rows),
    );
  }

  async function load(): Promise<void> {
    const from = isoDate(month.year, month.month, 1);
    const to = isoDate(month.year, month.month, new Date(Date.UTC(month.year, month.month, 0)).getUTCDate());
    const room = params.get('room') ?? undefined;
    const instructor = params.get('instructor') ?? undefined;
    const [list, rooms, instructors] = await Promise.all([api.cohorts({ from, to, roomId: room, instructorId: instructor }), api.rooms(), api.instructors()]);
    if (disposed) return;
    cohorts = list.filter((c) => c.status !== 'cancelled');
    options(who, [...rooms.map((r) => ({ value: `room:${r.id}`, label: () => `${t('cur.col.room')}: ${named(r)}` })), ...instructors.map((i) => ({ value: `instructor:${i.id}`, label: () => `${t('cur.form.instructors')}: ${i.name}` }))], 'cur.calendar.everyone');
    who.value = room ? `room:${room}` : instructor ? `instructor:${instructor}` : '';
    say(calendarStatus, 'info', cohorts.length === 0 ? 'cur.calendar.empty' : null);
    render();
  }

  main.replaceChildren(card('cur.calendar.title', 'calendar-page-title',
    h('div', { class: 'actions' }, prev, heading, next, h('div', { class: 'field' }, txt('label', 'cur.calendar.filter', { for: 'calendar-filter' }), who)),
    calendarStatus,
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'calendar-title' }, grid)));
  render();
  const stop = onLangChange(render);
  load().catch((e) => say(calendarStatus, 'error', () => errorText(e)));
  return () => {
    disposed = true;
    stop();
  };
}
