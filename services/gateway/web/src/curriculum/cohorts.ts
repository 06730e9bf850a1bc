import './curriculum.css';
import { ApiError, BudgetLine, getBudgetLines, User } from '../api';
import { h } from '../dom';
import { errorText, money, period } from '../format';
import { currentLang, Key, onLangChange, setText, t, tMaybe } from '../i18n';
import { api, CohortView, CourseView, InstructorView, RoomView } from './api';
import { clearErrors, dataTable, Field, field, named, options, say, showErrors, status, txt } from './ui';

/** Roles the gateway lets schedule and change a cohort. */
export const SCHEDULERS = ['course_manager', 'planner', 'admin'];
/** Seats and commitments arrive by events a moment after scheduling; ask again this often meanwhile. */
const POLL_MS = 1500;
const DELIVERY_MODES = ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'];
const APPROVALS = ['none', 'agency', 'institute', 'agency_and_institute'];

/** What a refused booking collides with (the 409's `conflicts`). */
interface Conflict {
  resource: 'room' | 'instructor';
  resourceName: string;
  courseNameKo: string;
  courseNameEn: string;
  cohortNo: number;
  startDate: string;
  endDate: string;
  dailyStartTime: string;
  dailyEndTime: string;
}

const isPending = (c: CohortView) => c.seatsFree === null || c.committedAmount === null;

/** "MAPO-GU:5, GANGNAM-GU:3" ⇄ agency quotas. */
const quotasText = (quotas: CohortView['agencyQuotas']) => quotas.map((q) => `${q.agencyCode}:${q.seats}`).join(', ');
function parseQuotas(text: string): { agencyCode: string; seats: number }[] | undefined {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return [];
  return parts.map((part) => {
    const [code, seats] = part.split(':').map((x) => x.trim());
    return { agencyCode: (code ?? '').toUpperCase(), seats: Number(seats) };
  });
}

/**
 * 기수 현황: the cohort list with seats (enrollment) and committed amounts (finance) and, for
 * schedulers, the form to schedule a cohort or — with `?edit=<id>` — to reschedule, edit,
 * cancel or close one. A room or instructor already booked is named, so it can be moved.
 */
export function renderCohorts(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  let cohorts: CohortView[] = [];
  let budgetLines: BudgetLine[] = [];
  let courses: CourseView[] = [];
  let pollTimer: number | undefined;
  let disposed = false;
  let wasPending = false;
  let loads = 0;
  const editId = params.get('edit');
  const canSchedule = SCHEDULERS.includes(user.role);

  // ---- list ----
  const listStatus = h('p', { class: 'message info', role: 'status' });
  const columns: { key: Key; numeric?: boolean }[] = [
    { key: 'col.course' }, { key: 'col.period' }, { key: 'cur.col.room' }, { key: 'col.capacity', numeric: true }, { key: 'col.seatsFree', numeric: true },
    { key: 'col.cost', numeric: true }, { key: 'col.budgetLine' }, { key: 'col.committed', numeric: true }, { key: 'col.status' },
  ];
  if (canSchedule) columns.push({ key: 'cur.col.actions' });
  const list = dataTable(() => `${t('cohorts.title')} — ${t('cohorts.caption')}`, columns, 'cohort-table');
  const listSection = h('section', { class: 'card', 'aria-labelledby': 'cohorts-title' }, txt('h2', 'cohorts.title', { id: 'cohorts-title' }), txt('p', 'cohorts.caption', { class: 'muted' }), listStatus, list.region);

  const pendingBadge = () => txt('span', 'pending', { class: 'badge pending' });

  function renderRows(): void {
    if (cohorts.length === 0) {
      list.tbody.replaceChildren(h('tr', {}, txt('td', 'cohorts.empty', { colspan: String(columns.length), class: 'empty' })));
      return;
    }
    const lineNames = new Map(budgetLines.map((line) => [line.code, named(line)]));
    list.tbody.replaceChildren(...cohorts.map((c) => {
      const lineName = lineNames.get(c.budgetLineCode);
      const row = h('tr', { 'data-testid': 'cohort-row', 'data-cohort-id': c.id },
        h('td', {}, h('span', { class: 'strong' }, named({ nameKo: c.courseNameKo, nameEn: c.courseNameEn })), h('span', { class: 'code' }, `${c.courseCode} · ${t('cur.cohortNo', { n: c.cohortNo ?? 1 })}`)),
        h('td', { class: 'nowrap' }, period(c.startDate, c.endDate), c.dailyStartTime ? h('span', { class: 'small' }, `${c.dailyStartTime}–${c.dailyEndTime}`) : null),
        h('td', {}, c.roomNameKo ? named({ nameKo: c.roomNameKo, nameEn: c.roomNameEn ?? c.roomNameKo }) : '—', c.instructors?.length ? h('span', { class: 'small' }, c.instructors.map((i) => i.name).join(', ')) : null),
        h('td', { class: 'num' }, t('people', { n: c.capacity })),
        h('td', { class: 'num', 'data-testid': 'cohort-seats-free' }, c.seatsFree === null || c.seatsFree === undefined ? pendingBadge() : t('people', { n: c.seatsFree })),
        h('td', { class: 'num nowrap' }, money(c.estimatedCost)),
        h('td', {}, h('span', { class: 'code' }, c.budgetLineCode), lineName ? h('span', { class: 'small' }, lineName) : null),
        h('td', { class: 'num nowrap', 'data-testid': 'cohort-committed' }, c.committedAmount === null || c.committedAmount === undefined ? pendingBadge() : money(c.committedAmount)),
        h('td', {}, h('span', { class: `badge ${c.status}` }, tMaybe(`status.${c.status}`, c.status)), c.underFilled ? txt('span', 'cur.underFilled', { class: 'badge warn' }) : null),
      );
      if (canSchedule) {
        row.append(h('td', {}, c.status === 'scheduled' ? txt('a', () => t('cur.edit'), { href: `#/cohorts?edit=${c.id}`, 'data-testid': 'cohort-edit', 'aria-label': `${t('cur.edit')}: ${named({ nameKo: c.courseNameKo, nameEn: c.courseNameEn })} ${t('cur.cohortNo', { n: c.cohortNo })}` }) : null));
      }
      return row;
    }));
  }

  async function loadCohorts(): Promise<void> {
    window.clearTimeout(pollTimer);
    const load = ++loads; // only the latest load renders and re-arms the poll
    let error: unknown = null;
    const fresh = await api.cohorts().catch((e: unknown) => ((error = e), null));
    if (disposed || load !== loads) return;
    if (fresh) cohorts = fresh;
    setText(listStatus, error ? () => errorText(error) : null);
    renderRows();
    const pending = cohorts.some(isPending);
    if (pending) pollTimer = window.setTimeout(loadCohorts, POLL_MS);
    // Once finance has booked the commitment, the budget lines' remaining amounts have moved too.
    else if (wasPending) loadBudgetLines().catch(() => undefined);
    wasPending = pending;
  }

  // ---- form (schedulers only) ----
  const form = canSchedule ? buildForm() : null;

  async function loadBudgetLines(): Promise<void> {
    budgetLines = await getBudgetLines();
    if (disposed) return;
    if (form) options(form.fields.budgetLineCode.input as HTMLSelectElement, budgetLines.map((l) => ({ value: l.code, label: () => `${l.code} · ${named(l)} — ${t('form.remaining', { amount: money(l.remaining) })}` })), 'form.choose');
    renderRows();
  }

  function buildForm() {
    const formStatus = status('form-status');
    const conflictBox = h('div', { class: 'message error', role: 'alert', 'data-testid': 'cohort-conflicts', hidden: true });
    const costPreview = h('p', { id: 'cohort-cost-preview', class: 'hint' });
    const select = () => h('select');
    const input = (type: string, extra: Record<string, string> = {}) => h('input', { type, ...extra });
    const fields: Record<string, Field> = {
      courseYear: field('cohort-course-year', 'cur.form.courseYear', select()),
      courseId: field('cohort-course', 'form.course', select()),
      startDate: field('cohort-start', 'form.start', input('date')),
      endDate: field('cohort-end', 'form.end', input('date')),
      capacity: field('cohort-capacity', 'form.capacity', input('number', { min: '1', step: '1', inputmode: 'numeric' })),
      estimatedCost: field('cohort-cost', 'form.cost', input('number', { min: '0', step: '1', inputmode: 'numeric' })),
      budgetLineCode: field('cohort-budget-line', 'form.budgetLine', select()),
      dailyStartTime: field('cohort-daily-start', 'cur.form.dailyStart', input('time', { step: '1800' })),
      dailyEndTime: field('cohort-daily-end', 'cur.form.dailyEnd', input('time', { step: '1800' })),
      deliveryMode: field('cohort-mode', 'cur.form.mode', select(), 'cur.form.modeHint'),
      roomId: field('cohort-room', 'cur.form.room', select()),
      applicationOpens: field('cohort-app-opens', 'cur.form.applicationOpens', input('date')),
      applicationCloses: field('cohort-app-closes', 'cur.form.applicationCloses', input('date')),
      cancellationCloses: field('cohort-cancel-closes', 'cur.form.cancellationCloses', input('date')),
      minimumFill: field('cohort-min-fill', 'cur.form.minimumFill', input('number', { min: '0', step: '1', inputmode: 'numeric' })),
      minimumFillCutoff: field('cohort-min-fill-cutoff', 'cur.form.minimumFillCutoff', input('date')),
      approval: field('cohort-approval', 'cur.form.approval', select()),
      agencyQuotas: field('cohort-quotas', 'cur.form.quotas', input('text', { placeholder: 'MAPO-GU:5, GANGNAM-GU:5', spellcheck: 'false' }), 'cur.form.quotasHint'),
      reason: field('cohort-reason', 'cur.form.reason', h('textarea', { rows: '2' })),
    };
    (fields.estimatedCost.input as HTMLInputElement).setAttribute('aria-describedby', `cohort-cost-preview ${fields.estimatedCost.error.id}`);
    fields.estimatedCost.wrap.insertBefore(costPreview, fields.estimatedCost.error);
    fields.estimatedCost.input.addEventListener('input', () => setText(costPreview, fields.estimatedCost.input.value ? () => money(fields.estimatedCost.input.value) : null));

    // Instructors: checkboxes in a fieldset, so a cohort can have several.
    const instructorBox = h('div', { class: 'checks', 'data-testid': 'cohort-instructors' });
    const instructorError = h('p', { id: 'cohort-instructors-error', class: 'field-error' });
    const instructorSet = h('fieldset', { class: 'field wide', 'aria-describedby': 'cohort-instructors-error' }, txt('legend', 'cur.form.instructors'), instructorBox, instructorError);
    fields.instructorIds = { input: h('input', { type: 'hidden' }), error: instructorError, wrap: instructorSet, labelKey: 'cur.form.instructors' };

    options(fields.deliveryMode.input as HTMLSelectElement, DELIVERY_MODES.map((m) => ({ value: m, label: () => t(`cur.mode.${m}` as Key) })), 'cur.form.courseDefault');
    options(fields.approval.input as HTMLSelectElement, APPROVALS.map((a) => ({ value: a, label: () => t(`cur.approval.${a}` as Key) })), 'cur.form.defaultNone');
    fields.reason.wrap.hidden = !editId;
    fields.courseId.input.disabled = Boolean(editId);
    fields.courseYear.wrap.hidden = Boolean(editId);

    const submit = txt('button', editId ? 'cur.form.saveChange' : 'form.submit', { type: 'submit', class: 'primary', 'data-testid': 'cohort-submit' });
    const details = h('details', { class: 'more', open: editId ? true : undefined }, txt('summary', 'cur.form.more'),
      h('div', { class: 'grid' }, fields.deliveryMode.wrap, fields.applicationOpens.wrap, fields.applicationCloses.wrap, fields.cancellationCloses.wrap, fields.minimumFill.wrap, fields.minimumFillCutoff.wrap, fields.approval.wrap, fields.agencyQuotas.wrap));
    const title = txt('h2', editId ? 'cur.form.editTitle' : 'form.title', { id: 'cohort-form-title' });
    const element = h('form', { class: 'card', 'data-testid': 'cohort-form', 'aria-labelledby': 'cohort-form-title', novalidate: true },
      title,
      h('div', { class: 'grid' }, fields.courseYear.wrap, fields.courseId.wrap, fields.startDate.wrap, fields.endDate.wrap, fields.dailyStartTime.wrap, fields.dailyEndTime.wrap, fields.capacity.wrap, fields.roomId.wrap, fields.estimatedCost.wrap, fields.budgetLineCode.wrap),
      instructorSet,
      details,
      fields.reason.wrap,
      conflictBox,
      h('div', { class: 'actions' }, submit, formStatus),
    );

    const value = (key: string) => fields[key].input.value.trim();
    const chosenInstructors = () => [...instructorBox.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    const number = (key: string) => (value(key) === '' ? undefined : Number(value(key)));

    function body(): Record<string, unknown> {
      const quotas = parseQuotas(value('agencyQuotas'));
      const b: Record<string, unknown> = {
        courseId: value('courseId') || undefined,
        startDate: value('startDate') || undefined,
        endDate: value('endDate') || undefined,
        capacity: number('capacity'),
        estimatedCost: number('estimatedCost'),
        budgetLineCode: value('budgetLineCode') || undefined,
        dailyStartTime: value('dailyStartTime').slice(0, 5) || undefined,
        dailyEndTime: value('dailyEndTime').slice(0, 5) || undefined,
        deliveryMode: value('deliveryMode') || undefined,
        roomId: value('roomId') || (editId ? null : undefined),
        instructorIds: chosenInstructors(),
        applicationOpens: value('applicationOpens') || undefined,
        applicationCloses: value('applicationCloses') || undefined,
        cancellationCloses: value('cancellationCloses') || undefined,
        minimumFill: number('minimumFill'),
        minimumFillCutoff: value('minimumFillCutoff') || undefined,
        approval: value('approval') || undefined,
        agencyQuotas: quotas,
      };
      if (editId) {
        delete b.courseId;
        b.reason = value('reason');
      } else if ((b.instructorIds as string[]).length === 0) delete b.instructorIds;
      return b;
    }

    function showConflicts(error: unknown): void {
      const conflicts = error instanceof ApiError && error.status === 409 ? ((error.body as { conflicts?: Conflict[] } | null)?.conflicts ?? []) : [];
      conflictBox.hidden = conflicts.length === 0;
      if (conflicts.length === 0) return;
      conflictBox.replaceChildren(
        txt('p', 'cur.conflict.title', { class: 'strong' }),
        h('ul', {}, ...conflicts.map((c) => {
          const li = h('li', { 'data-testid': 'cohort-conflict' });
          setText(li, () => t(c.resource === 'room' ? 'cur.conflict.room' : 'cur.conflict.instructor', { name: c.resourceName, course: currentLang() === 'ko' ? c.courseNameKo : c.courseNameEn, no: c.cohortNo, period: period(c.startDate, c.endDate), hours: `${c.dailyStartTime}–${c.dailyEndTime}` }));
          return li;
        })),
        txt('p', 'cur.conflict.hint'),
      );
      const target = conflicts.some((c) => c.resource === 'room') ? fields.roomId.input : instructorBox.querySelector('input');
      if (conflicts.some((c) => c.resource === 'room')) fields.roomId.input.setAttribute('aria-invalid', 'true');
      (target as HTMLElement | null)?.focus();
    }

    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(fields);
      conflictBox.hidden = true;
      say(formStatus, 'info', null);
      submit.disabled = true;
      try {
        const saved = editId ? await api.changeCohort(editId, body()) : await api.scheduleCohort(body());
        say(formStatus, 'success', () => {
          const base = editId ? t('cur.form.changed', { course: named({ nameKo: saved.courseNameKo, nameEn: saved.courseNameEn }) }) : t('form.saved', { course: named({ nameKo: saved.courseNameKo, nameEn: saved.courseNameEn }), start: saved.startDate, end: saved.endDate });
          return saved.limitedByDistancing ? `${base} ${t('cur.form.distancingApplied', { n: saved.capacity })}` : base;
        });
        if (!editId) {
          element.reset();
          setText(costPreview, null);
        }
        await loadCohorts();
      } catch (e) {
        say(formStatus, 'error', () => showErrors(fields, e));
        showConflicts(e);
      } finally {
        submit.disabled = false;
      }
    });

    // The catalog is per fiscal year: choosing a year lists its courses.
    fields.courseYear.input.addEventListener('change', () => void loadCourses(value('courseYear')).catch((e) => say(formStatus, 'error', () => errorText(e))));
    // A chosen course brings its budget line along.
    fields.courseId.input.addEventListener('change', () => {
      const course = courses.find((c) => c.id === value('courseId'));
      if (course?.budgetLineCode && budgetLines.some((l) => l.code === course.budgetLineCode)) fields.budgetLineCode.input.value = course.budgetLineCode;
    });

    return { element, fields, instructorBox, formStatus };
  }

  let courseLoads = 0;
  async function loadCourses(year?: string): Promise<void> {
    const load = ++courseLoads; // the latest choice of year wins
    const list = await api.courses(year ? { fiscalYear: year } : {});
    if (disposed || !form || load !== courseLoads) return;
    courses = list;
    options(form.fields.courseId.input as HTMLSelectElement, courses.map((c) => ({ value: c.id, label: () => `${named(c)} (${c.code})` })), 'form.choose');
  }

  async function loadFormChoices(): Promise<void> {
    if (!form) return;
    const [years, rooms, instructors] = await Promise.all([api.courseYears(), api.rooms(), api.instructors(), loadCourses()]);
    if (disposed) return;
    options(form.fields.courseYear.input as HTMLSelectElement, years.map((y) => ({ value: String(y), label: () => String(y) })));
    options(form.fields.roomId.input as HTMLSelectElement, rooms.map((r: RoomView) => ({ value: r.id, label: () => `${named(r)} — ${t('cur.seats', { n: r.seatsNow })}` })), 'cur.form.noRoom');
    form.instructorBox.replaceChildren(...instructors.map((i: InstructorView) => {
      const id = `cohort-instructor-${i.id}`;
      return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, value: i.id, 'data-testid': 'cohort-instructor' }), h('label', { for: id }, `${i.name}${i.specialties.length ? ` · ${i.specialties.slice(0, 2).join(', ')}` : ''}`));
    }));
    if (editId) await fillForEdit();
    else {
      // Hours suggested by a demand survey arrive as ?start=10:00&end=16:00.
      if (params.get('start')) form.fields.dailyStartTime.input.value = params.get('start')!;
      if (params.get('end')) form.fields.dailyEndTime.input.value = params.get('end')!;
    }
  }

  async function fillForEdit(): Promise<void> {
    const c = await api.cohort(editId!);
    if (disposed || !form) return;
    const f = form.fields;
    const set = (key: string, value: string | number | null | undefined) => (f[key].input.value = value === null || value === undefined ? '' : String(value));
    // The cohort's course may be of another year's catalog than the one listed.
    const courseSelect = f.courseId.input as HTMLSelectElement;
    if (![...courseSelect.options].some((o) => o.value === c.courseId)) courseSelect.append(h('option', { value: c.courseId }, `${named({ nameKo: c.courseNameKo, nameEn: c.courseNameEn })} (${c.courseCode})`));
    set('courseId', c.courseId);
    for (const key of ['startDate', 'endDate', 'capacity', 'budgetLineCode', 'dailyStartTime', 'dailyEndTime', 'deliveryMode', 'roomId', 'applicationOpens', 'applicationCloses', 'cancellationCloses', 'minimumFill', 'minimumFillCutoff', 'approval'] as const) set(key, c[key] as string | number | null);
    set('estimatedCost', c.estimatedCost);
    set('agencyQuotas', quotasText(c.agencyQuotas));
    for (const box of form.instructorBox.querySelectorAll<HTMLInputElement>('input')) box.checked = c.instructors.some((i) => i.id === box.value);
    closeActions.replaceChildren(...closeButtons(c));
  }

  // ---- cancel and close (edit mode) ----
  const closeActions = h('div', { class: 'actions' });
  const closeStatus = status('cohort-close-status');
  function closeButtons(c: CohortView): HTMLElement[] {
    const cancel = txt('button', 'cur.cancelCohort', { type: 'button', class: 'secondary', 'data-testid': 'cohort-cancel' });
    cancel.addEventListener('click', async () => {
      const reason = form!.fields.reason.input.value.trim();
      if (!reason) {
        say(closeStatus, 'error', 'cur.form.reasonNeeded');
        form!.fields.reason.input.focus();
        return;
      }
      try {
        await api.cancelCohort(c.id, reason);
        say(closeStatus, 'success', 'cur.cancelled');
        await loadCohorts();
      } catch (e) {
        say(closeStatus, 'error', () => errorText(e));
      }
    });
    const complete = txt('button', 'cur.completeCohort', { type: 'button', class: 'secondary', 'data-testid': 'cohort-complete' });
    complete.addEventListener('click', async () => {
      try {
        await api.completeCohort(c.id);
        say(closeStatus, 'success', 'cur.completed');
        await loadCohorts();
      } catch (e) {
        say(closeStatus, 'error', () => errorText(e));
      }
    });
    return [cancel, complete, txt('a', 'cur.backToNew', { href: '#/cohorts' }), closeStatus];
  }

  if (form) {
    const parts: HTMLElement[] = [form.element];
    if (editId) parts.push(h('section', { class: 'card', 'aria-labelledby': 'cohort-close-title' }, txt('h2', 'cur.closeTitle', { id: 'cohort-close-title' }), txt('p', 'cur.closeHint', { class: 'muted' }), closeActions));
    main.replaceChildren(...parts, listSection);
  } else {
    main.replaceChildren(txt('p', 'cohorts.readOnly', { class: 'message info' }), listSection);
  }

  const stopLang = onLangChange(renderRows);
  setText(listStatus, 'cohorts.loading');
  void loadCohorts();
  const formFailed = (e: unknown) => {
    if (!disposed && form) say(form.formStatus, 'error', () => errorText(e));
  };
  loadBudgetLines().catch(formFailed);
  loadFormChoices().catch(formFailed);

  return () => {
    disposed = true;
    window.clearTimeout(pollTimer);
    stopLang();
  };
}

