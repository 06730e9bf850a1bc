import type { User } from '../api';
import { h } from '../dom';
import { period } from '../format';
import { Key, onLangChange, setText, t, tMaybe } from '../i18n';
import { Application, AttendanceSheet, EnrollmentCohort, enrollment, Mark } from './enrollment-api';
import { badge, button, card, cell, count, courseName, downloads, field, fillSelect, label, liveMessage, num, say, sayError, table } from './ui';

const MARKS: Mark[] = ['present', 'late', 'absent', 'excused'];

/**
 * 교육 운영: a course manager's cohort — its roster with institute approvals and withdrawals, the
 * selection, the attendance sheet (entered here, or downloaded, filled in and uploaded),
 * completion by the course's rule, and cohorts below their minimum fill awaiting a decision.
 */
export function renderRoster(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  let cohorts: EnrollmentCohort[] = [];
  let underFilled: EnrollmentCohort[] = [];
  let cohortId = params.get('cohort') ?? '';
  let roster: { cohort: EnrollmentCohort; quotas: { agencyCode: string; seats: number; confirmed: number }[]; applications: Application[] } | null = null;
  let sheet: AttendanceSheet | null = null;
  const status = liveMessage('roster-status');
  const picker = h('select', { 'data-testid': 'roster-cohort' });
  const summary = h('div', {});
  const rosterHolder = h('div', {});
  const sheetHolder = h('div', {});
  const completionHolder = h('div', { 'data-testid': 'completion-result' });
  const underFilledHolder = h('div', {});
  const edits = new Map<string, Mark | null>();

  const act = (work: () => Promise<unknown>, done: () => string) => async () => {
    try {
      await work();
      say(status, 'success', done);
      await loadCohort();
    } catch (e) {
      sayError(status, e);
    }
  };

  function renderRoster() {
    if (!roster) return;
    const c = roster.cohort;
    summary.replaceChildren(
      h('p', {}, `${courseName(c)} · ${period(c.startDate, c.endDate)} · ${t('enr.roster.counts', { capacity: count(c.capacity), confirmed: count(c.confirmed), waitlisted: count(c.waitlisted) })}`),
      ...(roster.quotas.length ? [h('p', { class: 'small muted' }, `${t('enr.roster.quotas')}: ${roster.quotas.map((q) => `${q.agencyCode} ${q.confirmed}/${q.seats}`).join(', ')}`)] : []),
      h('div', { class: 'actions' }, c.approval !== 'none' && c.status === 'scheduled' ? button('enr.roster.select', act(() => enrollment.selection(c.cohortId), () => t('enr.roster.selected')), { 'data-testid': 'run-selection' }) : null, downloads((format) => enrollment.rosterFile(c.cohortId, format), status, 'roster')),
    );
    rosterHolder.replaceChildren(table('enr.roster.title', ['enr.trainee.name', 'enr.col.agency', 'enr.trainee.grade', 'enr.col.via', 'enr.col.status', 'enr.col.action'], roster.applications.map((a) => {
      const actions: Node[] = [];
      if (a.status === 'pending' && a.awaiting === 'institute') actions.push(button('enr.approve', act(() => enrollment.decide(a.id, true), () => t('enr.approved', { name: a.traineeName })), { 'data-testid': 'institute-approve' }, true), button('enr.reject', act(() => enrollment.decide(a.id, false), () => t('enr.rejected', { name: a.traineeName }))));
      if (a.canCancel) actions.push(button('enr.roster.withdraw', act(() => enrollment.cancel(a.id), () => t('enr.roster.withdrawn', { name: a.traineeName }))));
      if (a.status === 'confirmed' && c.completionRequiresAssessment) {
        const box = h('input', { type: 'checkbox', 'aria-label': t('enr.roster.assessmentOf', { name: a.traineeName }) }) as HTMLInputElement;
        box.checked = a.assessmentPassed === true;
        box.addEventListener('change', () => void enrollment.assessment(a.id, box.checked).catch((e) => sayError(status, e)));
        actions.push(h('label', {}, box, ` ${t('enr.roster.assessment')}`));
      }
      return [cell(a.traineeName), cell(a.agencyCode), cell(a.grade ?? '—'), cell(a.via === 'nomination' ? t('enr.via.nomination', { rank: a.rank ?? '—' }) : t('enr.via.application')), cell(badge(a.completionStatus ?? a.status)), cell(h('div', { class: 'actions' }, ...actions))];
    }), { empty: 'enr.roster.empty', testid: 'roster-table' }));
  }

  function renderSheet() {
    if (!sheet) return sheetHolder.replaceChildren();
    const s = sheet;
    const markSelect = (row: AttendanceSheet['rows'][number], day: string) => {
      const key = `${row.applicationId}|${day}`;
      const current = edits.has(key) ? edits.get(key) : (row.marks[day] ?? null);
      const select = h('select', { 'aria-label': t('enr.attendance.cellLabel', { name: row.traineeName, day }), 'data-testid': 'attendance-cell', 'data-day': day, disabled: day > s.today });
      select.replaceChildren(h('option', { value: '' }, '—'), ...MARKS.map((m) => h('option', { value: m }, t(`enr.mark.${m}` as Key))));
      select.value = current ?? '';
      select.addEventListener('change', () => edits.set(key, (select.value || null) as Mark | null));
      return h('td', {}, select);
    };
    const head = h('tr', {}, label('enr.trainee.name', 'th', { scope: 'col' }), ...s.days.map((d) => h('th', { scope: 'col', class: 'nowrap' }, d.slice(5))), label('enr.attendance.percent', 'th', { scope: 'col', class: 'num' }));
    const rows = s.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.traineeName), ...s.days.map((d) => markSelect(r, d)), num(`${r.attendancePercent}%`)));
    sheetHolder.replaceChildren(
      h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('enr.attendance.title') }, h('table', { 'data-testid': 'attendance-grid' }, label('enr.attendance.title', 'caption', { class: 'sr-only' }), h('thead', {}, head), h('tbody', {}, ...rows))),
      h('div', { class: 'actions' },
        button('enr.attendance.save', async () => {
          const entries = [...edits].map(([key, mark]) => ({ applicationId: key.split('|')[0], day: key.split('|')[1], mark }));
          if (entries.length === 0) return say(status, 'info', () => t('enr.attendance.nothing'));
          await act(() => enrollment.recordAttendance(s.cohort.cohortId, entries), () => t('enr.attendance.saved', { n: entries.length }))();
        }, { 'data-testid': 'attendance-save' }, true),
        downloads((format) => enrollment.attendanceFile(s.cohort.cohortId, format), status, 'attendance'),
      ),
      (() => {
        const file = h('input', { type: 'file', accept: '.xlsx,.csv' });
        return h('div', { class: 'actions' }, field('enr.attendance.upload', file, 'attendance-file', 'enr.attendance.uploadHint'), button('enr.attendance.uploadButton', async () => {
          const chosen = file.files?.[0];
          if (!chosen) return say(status, 'error', () => t('enr.chooseFile'));
          await act(() => enrollment.importAttendance(s.cohort.cohortId, chosen), () => t('enr.attendance.uploaded'))();
        }));
      })(),
    );
  }

  function renderUnderFilled() {
    underFilledHolder.replaceChildren(...underFilled.map((c) => {
      const closes = h('input', { type: 'date', 'aria-label': t('enr.underfill.newClose') });
      const target = h('select', { 'aria-label': t('enr.underfill.target') });
      fillSelect(target, cohorts.filter((x) => x.courseCode === c.courseCode && x.cohortId !== c.cohortId && x.status === 'scheduled').map((x) => ({ value: x.cohortId, text: period(x.startDate, x.endDate) })), 'enr.choose');
      const decide = (decision: string, body: Record<string, string>) => act(() => enrollment.decideUnderFill(c.cohortId, { decision, ...body }), () => t('enr.underfill.done'));
      return h('div', { class: 'card', 'data-testid': 'under-filled' },
        h('p', { class: 'strong' }, `${courseName(c)} · ${period(c.startDate, c.endDate)} — ${t('enr.underfill.counts', { confirmed: c.confirmed, minimum: c.minimumFill })}`),
        h('div', { class: 'actions' }, closes, button('enr.underfill.extend', decide('extend', { applicationCloses: closes.value }))),
        h('div', { class: 'actions' }, target, button('enr.underfill.merge', decide('merge', { targetCohortId: target.value }))),
        h('div', { class: 'actions' }, button('enr.underfill.cancel', decide('cancel', {}))),
      );
    }));
    if (underFilled.length === 0) underFilledHolder.replaceChildren(label('enr.underfill.none', 'p', { class: 'muted' }));
  }

  function render() {
    fillSelect(picker, cohorts.map((c) => ({ value: c.cohortId, text: `${courseName(c)} (${period(c.startDate, c.endDate)})${c.status !== 'scheduled' ? ` · ${tMaybe(`enr.status.${c.status}`, c.status)}` : ''}` })), 'enr.choose');
    picker.value = cohortId;
    renderRoster();
    renderSheet();
    renderUnderFilled();
  }

  async function loadCohort() {
    edits.clear();
    if (!cohortId) {
      roster = null;
      sheet = null;
      return render();
    }
    try {
      [roster, sheet] = await Promise.all([enrollment.roster(cohortId), enrollment.attendance(cohortId)]);
      render();
    } catch (e) {
      sayError(status, e);
    }
  }

  picker.addEventListener('change', () => {
    cohortId = picker.value;
    history.replaceState(null, '', `#/roster?cohort=${cohortId}`);
    completionHolder.replaceChildren();
    void loadCohort();
  });
  const complete = button('enr.completion.run', async () => {
    if (!cohortId) return;
    try {
      const result = await enrollment.complete(cohortId);
      say(status, 'success', () => t('enr.completion.done', { completed: result.completed, notCompleted: result.notCompleted }));
      completionHolder.replaceChildren(table('enr.completion.title', ['enr.trainee.name', 'enr.attendance.percent', 'enr.col.completion', 'enr.completion.certificate'], result.results.map((r) => [cell(r.traineeName), num(`${r.percent}%`), cell(badge(r.completed ? 'completed' : 'not_completed')), cell(r.certificateNo ?? '—')]), { numeric: ['enr.attendance.percent'], empty: 'enr.completion.none' }));
      await loadCohort();
    } catch (e) {
      sayError(status, e);
    }
  }, { 'data-testid': 'completion-run' }, true);

  const title = h('h2', { id: 'roster-pick-title' });
  setText(title, 'enr.roster.pick');
  main.replaceChildren(
    status,
    h('section', { class: 'card', 'aria-labelledby': 'roster-pick-title' }, title, field('enr.roster.cohort', picker, 'roster-cohort'), summary),
    card('enr.roster.title', 'roster-title', rosterHolder),
    card('enr.attendance.title', 'attendance-title', label('enr.attendance.rule', 'p', { class: 'muted' }), sheetHolder),
    card('enr.completion.title', 'completion-title', label('enr.completion.intro', 'p', { class: 'muted' }), h('div', { class: 'actions' }, complete), completionHolder),
    card('enr.underfill.title', 'underfill-title', underFilledHolder),
  );
  const stop = onLangChange(render);
  Promise.all([enrollment.cohorts(), enrollment.underFilled()])
    .then(([all, flagged]) => {
      cohorts = all;
      underFilled = flagged;
      return loadCohort();
    })
    .catch((e) => sayError(status, e));
  return stop;
}
