import type { User } from '../api';
import { h } from '../dom';
import { period } from '../format';
import { onLangChange, setText, t } from '../i18n';
import { AgencyReport, Application, CatalogItem, enrollment, QuotaUse, Trainee } from './enrollment-api';
import { badge, button, card, cell, count, courseName, downloads, field, fillSelect, label, liveMessage, named, num, say, sayError, table } from './ui';

/**
 * 기관 교육 관리: an agency admin's own staff — adding them (with a sign-in account if wanted) and
 * importing a list, nominating them for a cohort with ranks, approving their applications, the
 * agency's quota use, and its year's report. Everything here is the admin's own agency only.
 */
export function renderAgency(main: HTMLElement, _user: User): () => void {
  let staff: Trainee[] = [];
  let cohorts: CatalogItem[] = [];
  let apps: Application[] = [];
  let quotas: QuotaUse[] = [];
  let report: AgencyReport | null = null;
  const status = liveMessage('agency-status');
  const staffTable = h('div', {});
  const approvals = h('div', {});
  const quotaTable = h('div', {});
  const allApps = h('div', {});
  const reportHolder = h('div', {});

  // ---- add a trainee ----
  const inputs = {
    name: h('input', { required: true, autocomplete: 'off' }),
    employeeNo: h('input', { autocomplete: 'off' }),
    grade: h('input', { autocomplete: 'off' }),
    position: h('input', { autocomplete: 'off' }),
    jobSeries: h('input', { autocomplete: 'off' }),
    email: h('input', { type: 'email', autocomplete: 'off' }),
  };
  const addForm = h('form', { class: 'grid', novalidate: true, 'data-testid': 'trainee-form' },
    field('enr.trainee.name', inputs.name, 'trainee-name'),
    field('enr.trainee.employeeNo', inputs.employeeNo, 'trainee-employee-no'),
    field('enr.trainee.grade', inputs.grade, 'trainee-grade'),
    field('enr.trainee.position', inputs.position, 'trainee-position'),
    field('enr.trainee.jobSeries', inputs.jobSeries, 'trainee-job-series'),
    field('enr.trainee.email', inputs.email, 'trainee-email', 'enr.trainee.emailHint'),
    h('div', { class: 'actions' }, (() => {
      const submit = h('button', { type: 'submit', class: 'primary' });
      setText(submit, 'enr.trainee.add');
      return submit;
    })()),
  );
  addForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (k: keyof typeof inputs) => inputs[k].value.trim() || undefined;
    const body = { name: value('name'), employeeNo: value('employeeNo'), grade: value('grade'), position: value('position'), jobSeries: value('jobSeries') };
    try {
      if (value('email')) {
        const made = await enrollment.createAccount({ ...body, email: value('email') });
        say(status, 'success', () => t('enr.trainee.accountMade', { email: made.user.email, password: made.temporaryPassword }));
      } else {
        await enrollment.addTrainee(body);
        say(status, 'success', () => t('enr.trainee.added', { name: body.name ?? '' }));
      }
      addForm.reset();
      await load();
    } catch (e) {
      sayError(status, e);
    }
  });
  const importInput = h('input', { type: 'file', accept: '.xlsx,.csv' });
  const importButton = button('enr.trainee.import', async () => {
    const file = importInput.files?.[0];
    if (!file) return say(status, 'error', () => t('enr.chooseFile'));
    try {
      const done = await enrollment.importTrainees(file);
      say(status, 'success', () => t('enr.trainee.imported', { created: done.created, updated: done.updated }));
      await load();
    } catch (e) {
      sayError(status, e);
    }
  });

  // ---- nominate ----
  const cohortSelect = h('select', { 'data-testid': 'nominate-cohort' });
  const nomineeList = h('div', { class: 'grid', 'data-testid': 'nominees' });
  const rankInputs = new Map<string, HTMLInputElement>();
  function renderNominees() {
    rankInputs.clear();
    nomineeList.replaceChildren(...staff.map((s) => {
      const rank = h('input', { type: 'number', min: '1', max: '999', inputmode: 'numeric', id: `rank-${s.id}`, 'data-testid': 'nominee-rank' });
      rankInputs.set(s.id, rank);
      return h('div', { class: 'field' }, h('label', { for: rank.id }, t('enr.nominate.rankOf', { name: `${s.name} ${s.grade ?? ''}`.trim() })), rank);
    }));
  }
  const nominate = button('enr.nominate.submit', async () => {
    const nominees = [...rankInputs].filter(([, input]) => input.value).map(([traineeId, input]) => ({ traineeId, rank: Number(input.value) }));
    if (!cohortSelect.value || nominees.length === 0) return say(status, 'error', () => t('enr.nominate.choose'));
    try {
      const { results } = await enrollment.nominate(cohortSelect.value, nominees);
      const ok = results.filter((r) => r.status).length;
      say(status, ok === results.length ? 'success' : 'error', () => t('enr.nominate.done', { ok, total: results.length }) + results.filter((r) => r.error).map((r) => ` ${staff.find((s) => s.id === r.traineeId)?.name}: ${r.error!.message}`).join(''));
      await load();
    } catch (e) {
      sayError(status, e);
    }
  }, { 'data-testid': 'nominate-submit' }, true);

  // ---- report ----
  const year = h('input', { type: 'number', min: '2000', max: '2100', value: String(new Date().getFullYear()) });
  const loadReport = async () => {
    try {
      report = await enrollment.agencyReport(Number(year.value));
      render();
    } catch (e) {
      sayError(status, e);
    }
  };
  year.addEventListener('change', loadReport);

  function render() {
    staffTable.replaceChildren(table('enr.agency.staff', ['enr.trainee.name', 'enr.trainee.employeeNo', 'enr.trainee.grade', 'enr.trainee.position', 'enr.trainee.jobSeries', 'enr.trainee.account'], staff.map((s) => [cell(s.name), cell(s.employeeNo ?? '—'), cell(s.grade ?? '—'), cell(s.position ?? '—'), cell(s.jobSeries ?? '—'), cell(s.userId ? t('enr.yes') : t('enr.no'))]), { empty: 'enr.agency.noStaff', testid: 'staff-table' }));
    fillSelect(cohortSelect, cohorts.map((c) => ({ value: c.cohortId, text: `${courseName(c)} (${period(c.startDate, c.endDate)})${c.hostTenant && c.hostTenantId !== _user.tenantId ? ` — ${named(c.hostTenant.nameKo, c.hostTenant.nameEn)}` : ''}` })), 'enr.choose');
    const waiting = apps.filter((a) => a.status === 'pending' && a.awaiting === 'agency');
    approvals.replaceChildren(table('enr.agency.approvals', ['enr.trainee.name', 'enr.col.course', 'enr.col.period', 'enr.nominate.rank', 'enr.col.action'], waiting.map((a) => {
      const rank = h('input', { type: 'number', min: '1', max: '999', 'aria-label': t('enr.nominate.rankOf', { name: a.traineeName }) });
      const decide = (approve: boolean) => async () => {
        try {
          await enrollment.decide(a.id, approve, approve && rank.value ? Number(rank.value) : undefined);
          say(status, 'success', () => t(approve ? 'enr.approved' : 'enr.rejected', { name: a.traineeName }));
          await load();
        } catch (e) {
          sayError(status, e);
        }
      };
      return [cell(a.traineeName), cell(a.cohort ? courseName(a.cohort) : ''), cell(a.cohort ? period(a.cohort.startDate, a.cohort.endDate) : ''), cell(rank), cell(h('div', { class: 'actions' }, button('enr.approve', decide(true), { 'data-testid': 'approve-button' }, true), button('enr.reject', decide(false))))];
    }), { empty: 'enr.agency.noApprovals', testid: 'approval-table' }));
    quotaTable.replaceChildren(table('enr.agency.quotas', ['enr.col.course', 'enr.col.period', 'enr.quota.seats', 'enr.quota.confirmed', 'enr.quota.waitlisted', 'enr.quota.pending'], quotas.map((q) => [cell(courseName(q.cohort)), cell(period(q.cohort.startDate, q.cohort.endDate)), num(q.seats), num(q.confirmed), num(q.waitlisted), num(q.pending)]), { numeric: ['enr.quota.seats', 'enr.quota.confirmed', 'enr.quota.waitlisted', 'enr.quota.pending'], empty: 'enr.agency.noQuotas', testid: 'quota-table' }));
    allApps.replaceChildren(table('enr.agency.applications', ['enr.trainee.name', 'enr.col.course', 'enr.col.period', 'enr.col.host', 'enr.col.status'], apps.map((a) => [cell(a.traineeName), cell(a.cohort ? courseName(a.cohort) : ''), cell(a.cohort ? period(a.cohort.startDate, a.cohort.endDate) : ''), cell(a.hostTenant ? named(a.hostTenant.nameKo, a.hostTenant.nameEn) : ''), cell(badge(a.status))]), { empty: 'enr.my.noApplications', testid: 'agency-applications' }));
    reportHolder.replaceChildren(
      ...(report
        ? [h('div', {},
            h('p', {}, t('enr.agency.totals', { applied: count(report.totals.applied), confirmed: count(report.totals.confirmed), completed: count(report.totals.completed) })),
            table('enr.agency.report', ['enr.col.course', 'enr.report.applied', 'enr.quota.confirmed', 'enr.report.completed', 'enr.report.notCompleted'], [
              ...report.courses.map((c) => [cell(named(c.courseNameKo, c.courseNameEn)), num(c.applied), num(c.confirmed), num(c.completed), num(c.notCompleted)]),
              ...report.importedCompletions.map((c) => [cell(`${c.courseCode} (${t('enr.report.lms')})`), num(null), num(null), num(c.completed), num(null)]),
            ], { numeric: ['enr.report.applied', 'enr.quota.confirmed', 'enr.report.completed', 'enr.report.notCompleted'], empty: 'enr.report.empty' }))]
        : []),
    );
  }

  async function load() {
    try {
      [staff, cohorts, apps, quotas] = await Promise.all([enrollment.trainees(), enrollment.catalog(), enrollment.agencyApplications(), enrollment.quotas()]);
      renderNominees();
      render();
    } catch (e) {
      sayError(status, e);
    }
  }

  main.replaceChildren(
    status,
    card('enr.agency.approvals', 'agency-approvals-title', approvals),
    card('enr.agency.nominate', 'agency-nominate-title', label('enr.nominate.intro', 'p', { class: 'muted' }), field('enr.nominate.cohort', cohortSelect, 'nominate-cohort'), nomineeList, h('div', { class: 'actions' }, nominate)),
    card('enr.agency.quotas', 'agency-quotas-title', quotaTable),
    card('enr.agency.staff', 'agency-staff-title', staffTable, label('enr.trainee.addTitle', 'h3'), addForm, label('enr.trainee.importTitle', 'h3'), h('div', { class: 'actions' }, field('enr.trainee.importFile', importInput, 'trainee-import', 'enr.trainee.importHint'), importButton)),
    card('enr.agency.applications', 'agency-applications-title', allApps),
    card('enr.agency.report', 'agency-report-title', field('enr.report.year', year, 'agency-report-year'), reportHolder, downloads((format) => enrollment.agencyReportFile(Number(year.value), format), status, 'agency-report')),
  );
  const stop = onLangChange(render);
  void load().then(loadReport);
  return stop;
}
