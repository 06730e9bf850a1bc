import { User } from '../api';
import { h } from '../dom';
import { errorText, period } from '../format';
import { Key, onLangChange, t } from '../i18n';
import { api, InstructorView, RoomView } from './api';
import { card, cell, clearErrors, dataTable, emptyRow, Field, field, named, numCell, options, say, seoulToday, showErrors, status, txt } from './ui';

const ROOM_KINDS = ['lecture', 'remote_studio', 'computer'];

/**
 * 강의실·강사: rooms with their capacity now (the distancing rule, when on, halves it), the
 * instructors with their survey rating, adding either, and the schedule of one of them
 * (`?room=<id>` or `?instructor=<id>`).
 */
export function renderResources(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  let disposed = false;
  let rooms: RoomView[] = [];
  let instructors: InstructorView[] = [];

  // ---- distancing ----
  const settingsStatus = status('settings-status');
  const distancing = h('input', { type: 'checkbox', id: 'distancing', 'data-testid': 'distancing-toggle' });
  distancing.addEventListener('change', async () => {
    distancing.disabled = true;
    try {
      const saved = await api.updateSettings({ distancingEnabled: distancing.checked });
      const adjusted = saved.adjustedCohorts ?? [];
      say(settingsStatus, 'success', () => (saved.distancingEnabled ? t('cur.distancing.on', { n: adjusted.length }) : t('cur.distancing.off')));
      await load();
    } catch (e) {
      distancing.checked = !distancing.checked;
      say(settingsStatus, 'error', () => errorText(e));
    } finally {
      distancing.disabled = false;
    }
  });

  // ---- rooms ----
  const roomTable = dataTable('cur.rooms.title', [{ key: 'cur.col.code' }, { key: 'cur.col.room' }, { key: 'cur.rooms.kind' }, { key: 'cur.rooms.capacity', numeric: true }, { key: 'cur.rooms.seatsNow', numeric: true }, { key: 'cur.rooms.equipment' }, { key: 'cur.col.schedule' }], 'rooms-table');
  const instructorTable = dataTable('cur.instructors.title', [{ key: 'cur.instructors.name' }, { key: 'cur.instructors.kind' }, { key: 'cur.instructors.specialties' }, { key: 'cur.instructors.recommendedBy' }, { key: 'cur.instructors.contact' }, { key: 'cur.instructors.rating', numeric: true }, { key: 'cur.col.schedule' }], 'instructors-table');
  const scheduleHolder = h('div');

  function renderTables(): void {
    roomTable.tbody.replaceChildren(...(rooms.length === 0 ? [emptyRow(7, 'cur.rooms.none')] : rooms.map((r) => h('tr', { 'data-testid': 'room-row' },
      cell(h('span', { class: 'code' }, r.code)), cell(named(r)), cell(t(`cur.roomKind.${r.kind}` as Key)), numCell(r.capacity), numCell(r.seatsNow), cell(r.equipment.join(', ')),
      cell(txt('a', 'cur.col.schedule', { href: `#/resources?room=${r.id}` }))))));
    instructorTable.tbody.replaceChildren(...(instructors.length === 0 ? [emptyRow(7, 'cur.instructors.none')] : instructors.map((i) => h('tr', { 'data-testid': 'instructor-row' },
      h('td', {}, h('span', { class: 'strong' }, i.name), i.affiliation ? h('span', { class: 'small' }, i.affiliation) : null), cell(t(`cur.instructorKind.${i.kind}` as Key)), cell(i.specialties.join(', ')), cell(i.recommendedBy ?? '—'),
      cell([i.email, i.phone].filter(Boolean).join(' · ') || '—'), numCell(i.rating === null ? '—' : `${i.rating.toFixed(2)} (${i.ratingCount})`),
      cell(txt('a', 'cur.col.schedule', { href: `#/resources?instructor=${i.id}` }))))));
  }

  async function renderSchedule(): Promise<void> {
    const roomId = params.get('room');
    const instructorId = params.get('instructor');
    if (!roomId && !instructorId) return;
    const name = roomId ? named(rooms.find((r) => r.id === roomId) ?? { nameKo: '', nameEn: '' }) : (instructors.find((i) => i.id === instructorId)?.name ?? '');
    const list = roomId ? await api.roomSchedule(roomId, seoulToday()) : await api.instructorSchedule(instructorId!, seoulToday());
    if (disposed) return;
    const table = dataTable(() => t('cur.schedule.of', { name }), [{ key: 'col.course' }, { key: 'col.period' }, { key: 'cur.col.hours' }, { key: 'cur.col.room' }], 'resource-schedule');
    table.tbody.replaceChildren(...(list.length === 0 ? [emptyRow(4, 'cur.schedule.none')] : list.map((c) => h('tr', {},
      cell(`${named({ nameKo: c.courseNameKo, nameEn: c.courseNameEn })} ${t('cur.cohortNo', { n: c.cohortNo })}`), cell(period(c.startDate, c.endDate)), cell(`${c.dailyStartTime}–${c.dailyEndTime}`), cell(c.roomNameKo ?? '—')))));
    const calendarLink = h('a', { href: `#/calendar?${roomId ? `room=${roomId}` : `instructor=${instructorId}`}` }, t('cur.schedule.calendar'));
    scheduleHolder.replaceChildren(h('section', { class: 'card', 'aria-labelledby': 'schedule-title' }, h('h2', { id: 'schedule-title' }, t('cur.schedule.of', { name })), txt('p', 'cur.schedule.upcoming', { class: 'muted' }), table.region, calendarLink));
  }

  // ---- adding ----
  function addForm(kind: 'room' | 'instructor'): HTMLElement {
    const formStatus = status(`${kind}-form-status`);
    const input = (type = 'text') => h('input', { type });
    const fields: Record<string, Field> =
      kind === 'room'
        ? { code: field('room-code', 'cur.col.code', input()), nameKo: field('room-name-ko', 'cur.course.nameKo', input()), nameEn: field('room-name-en', 'cur.course.nameEn', input()), kind: field('room-kind', 'cur.rooms.kind', h('select')), capacity: field('room-capacity', 'cur.rooms.capacity', input('number')), equipment: field('room-equipment', 'cur.rooms.equipment', input(), 'cur.commaHint') }
        : { name: field('instructor-name', 'cur.instructors.name', input()), kind: field('instructor-kind', 'cur.instructors.kind', h('select')), affiliation: field('instructor-affiliation', 'cur.instructors.affiliation', input()), specialties: field('instructor-specialties', 'cur.instructors.specialties', input(), 'cur.commaHint'), recommendedBy: field('instructor-recommended', 'cur.instructors.recommendedBy', input()), email: field('instructor-email', 'login.email', input('email')), phone: field('instructor-phone', 'cur.instructors.phone', input('tel')) };
    options(fields.kind.input as HTMLSelectElement, kind === 'room' ? ROOM_KINDS.map((k) => ({ value: k, label: () => t(`cur.roomKind.${k}` as Key) })) : ['internal', 'external'].map((k) => ({ value: k, label: () => t(`cur.instructorKind.${k}` as Key) })));
    const form = h('form', { class: 'grid', novalidate: true }, ...Object.values(fields).map((f) => f.wrap), h('div', { class: 'actions' }, txt('button', 'cur.add', { type: 'submit', class: 'primary' }), formStatus));
    const list = (text: string) => text.split(',').map((x) => x.trim()).filter(Boolean);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(fields);
      const v = (key: string) => fields[key].input.value.trim();
      try {
        if (kind === 'room') await api.createRoom({ code: v('code').toUpperCase(), nameKo: v('nameKo'), nameEn: v('nameEn'), kind: v('kind'), capacity: Number(v('capacity')), equipment: list(v('equipment')) });
        else await api.createInstructor({ name: v('name'), kind: v('kind'), affiliation: v('affiliation') || undefined, specialties: list(v('specialties')), recommendedBy: v('recommendedBy') || undefined, email: v('email') || undefined, phone: v('phone') || undefined });
        form.reset();
        say(formStatus, 'success', 'cur.added');
        await load();
      } catch (e) {
        say(formStatus, 'error', () => showErrors(fields, e));
      }
    });
    return h('details', {}, txt('summary', kind === 'room' ? 'cur.rooms.add' : 'cur.instructors.add'), form);
  }

  async function load(): Promise<void> {
    const [settings, roomList, instructorList] = await Promise.all([api.settings(), api.rooms(), api.instructors()]);
    if (disposed) return;
    distancing.checked = settings.distancingEnabled;
    rooms = roomList;
    instructors = instructorList;
    renderTables();
    await renderSchedule();
  }

  main.replaceChildren(
    scheduleHolder,
    card('cur.distancing.title', 'distancing-title', txt('p', 'cur.distancing.intro', { class: 'muted' }), h('div', { class: 'check' }, distancing, txt('label', 'cur.distancing.label', { for: 'distancing' })), settingsStatus),
    card('cur.rooms.title', 'rooms-title', roomTable.region, addForm('room')),
    card('cur.instructors.title', 'instructors-title', txt('p', 'cur.instructors.intro', { class: 'muted' }), instructorTable.region, addForm('instructor')),
  );
  const stop = onLangChange(renderTables);
  load().catch((e) => say(settingsStatus, 'error', () => errorText(e)));
  return () => {
    disposed = true;
    stop();
  };
}
