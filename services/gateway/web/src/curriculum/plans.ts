import { ApiError, uploadFile, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, Key, onLangChange, setText, t } from '../i18n';
import { api, DeliveryModeReport, Figures, PlanVersion, QuartersReport, RestructuringReport, SummaryReport, YearOnYearReport } from './api';
import { card, cell, dataTable, downloads, emptyRow, fill, named, notesList, num, numCell, options, say, status, txt } from './ui';

const PLANNERS = ['planner', 'admin'];
const versionLabel = (v: { labelKo: string; labelEn: string }) => (currentLang() === 'ko' ? v.labelKo : v.labelEn);

/**
 * 교육훈련계획: the versions of each year's plan (draft, approve, open a change), the summary
 * table by field with versions side by side, the 1-3 tables (delivery modes, restructuring,
 * year on year, quarters), downloads of each, and the import of a plan from a spreadsheet.
 */
export function renderPlans(main: HTMLElement, user: User): () => void {
  let versions: PlanVersion[] = [];
  let chosen: string[] = [];
  let disposed = false;
  const planner = PLANNERS.includes(user.role);
  const stops: (() => void)[] = [];

  // ---- versions ----
  const versionStatus = status('plan-status');
  const versionTable = dataTable('cur.plans.versions', [
    { key: 'cur.col.year' }, { key: 'cur.col.version' }, { key: 'col.status' }, { key: 'cur.col.courses', numeric: true }, { key: 'cur.col.sessions', numeric: true }, { key: 'cur.col.trainees', numeric: true }, { key: 'cur.col.compare' }, { key: 'cur.col.actions' },
  ], 'plan-versions');
  const newYear = h('input', { type: 'number', min: '2000', max: '2100', id: 'plan-new-year', 'data-testid': 'plan-new-year' });
  const newKind = h('select', { id: 'plan-new-kind', 'data-testid': 'plan-new-kind' });
  options(newKind, [{ value: 'original', label: () => t('cur.kind.original') }, { value: 'changed', label: () => t('cur.kind.changed') }]);
  const create = txt('button', 'cur.plans.create', { type: 'submit', class: 'secondary', 'data-testid': 'plan-create' });
  const createForm = h('form', { class: 'inline-form', novalidate: true }, h('div', { class: 'field' }, txt('label', 'cur.col.year', { for: 'plan-new-year' }), newYear), h('div', { class: 'field' }, txt('label', 'cur.col.version', { for: 'plan-new-kind' }), newKind), create);
  createForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const v = await api.createPlan({ fiscalYear: Number(newYear.value), kind: newKind.value });
      say(versionStatus, 'success', () => t('cur.plans.created', { label: versionLabel(v) }));
      await loadVersions();
    } catch (e) {
      say(versionStatus, 'error', () => errorText(e));
    }
  });

  function renderVersions(): void {
    if (versions.length === 0) {
      versionTable.tbody.replaceChildren(emptyRow(8, 'cur.plans.none'));
      return;
    }
    versionTable.tbody.replaceChildren(...versions.map((v) => {
      const compare = h('input', { type: 'checkbox', 'data-testid': 'plan-compare', 'aria-label': `${t('cur.col.compare')}: ${versionLabel(v)}` });
      compare.checked = chosen.includes(v.id);
      compare.addEventListener('change', () => {
        chosen = versions.filter((x) => (x.id === v.id ? compare.checked : chosen.includes(x.id))).map((x) => x.id);
        void loadReports();
      });
      const actions = h('td', { class: 'actions-cell' });
      if (planner && v.status === 'draft') {
        const approve = txt('button', 'cur.plans.approve', { type: 'button', class: 'secondary', 'data-testid': 'plan-approve' });
        approve.addEventListener('click', async () => {
          try {
            await api.approvePlan(v.id);
            say(versionStatus, 'success', () => t('cur.plans.approved', { label: versionLabel(v) }));
            await loadVersions();
          } catch (e) {
            say(versionStatus, 'error', () => errorText(e));
          }
        });
        actions.append(approve);
      }
      actions.append(downloads(() => `/api/plans/${v.id}/export`, v.labelKo, versionStatus, `plan-export-${v.versionNo}`));
      return h('tr', { 'data-testid': 'plan-version-row' },
        cell(String(v.fiscalYear)),
        cell(versionLabel(v)),
        cell(txt('span', v.status === 'draft' ? 'cur.status.draft' : 'cur.status.approved', { class: `badge ${v.status}` })),
        numCell(v.courses), numCell(v.sessions), numCell(v.trainees),
        h('td', {}, compare),
        actions,
      );
    }));
  }

  // ---- summary by field ----
  const summaryStatus = status('summary-status');
  const summaryTable = h('table', { class: 'summary', 'data-testid': 'plan-summary' });
  const summaryNotes = h('div');
  const reportPath = (name: string, extra: Record<string, string> = {}) => api.reportPath(name, { versionIds: chosen.length ? chosen.join(',') : undefined, ...extra });

  function renderSummary(report: SummaryReport): void {
    const vs = report.versions;
    const last = vs.length - 1;
    const head = h('thead', {},
      h('tr', {}, txt('th', 'cur.col.type', { scope: 'col', rowspan: '2' }), txt('th', 'cur.col.field', { scope: 'col', rowspan: '2' }), txt('th', 'cur.col.subfield', { scope: 'col', rowspan: '2' }), ...vs.map((v) => h('th', { scope: 'colgroup', colspan: '3', class: 'group' }, versionLabel(v)))),
      h('tr', {}, ...vs.flatMap(() => [txt('th', 'cur.col.courses', { scope: 'col', class: 'num' }), txt('th', 'cur.col.sessions', { scope: 'col', class: 'num' }), txt('th', 'cur.col.trainees', { scope: 'col', class: 'num' })])),
    );
    const figures = (f: Figures, always: boolean) => [numCell(f.courses), f.sessions === null ? h('td', { class: 'num' }, always ? t('cur.alwaysOpen') : '') : numCell(f.sessions), numCell(f.trainees)];
    const body = h('tbody');
    body.append(h('tr', { class: 'total' }, h('th', { scope: 'row', colspan: '3' }, t('cur.grandTotal')), ...report.total.flatMap((f) => figures(f, false))));
    for (const section of report.sections) {
      const eLearning = section.educationType === 'e_learning';
      body.append(h('tr', { class: 'subtotal' }, h('th', { scope: 'row', colspan: '3' }, `${named(section)} (${section.subtotal[last]?.courses ?? 0}) · ${t('cur.subtotal')}`), ...section.subtotal.flatMap((f) => figures(f, false))));
      for (const group of section.groups) {
        body.append(h('tr', { class: 'group-row' }, h('td', {}, ''), h('th', { scope: 'row', colspan: '2' }, `${named(group)} (${group.cells[last]?.courses ?? 0})`), ...group.cells.flatMap((f) => figures(f, false))));
        for (const row of group.rows) body.append(h('tr', {}, h('td', {}, ''), h('td', {}, ''), h('th', { scope: 'row' }, named(row)), ...row.cells.flatMap((f) => figures(f, eLearning))));
      }
      for (const memo of section.memoLines) {
        body.append(h('tr', { class: 'memo' }, h('td', {}, ''), h('td', {}, ''), h('th', { scope: 'row' }, currentLang() === 'ko' ? memo.labelKo : memo.labelEn), ...memo.values.flatMap((v) => [h('td', {}, ''), h('td', {}, ''), h('td', { class: 'num' }, v?.trainees == null ? '' : `(${num(v.trainees)})`)])));
      }
    }
    summaryTable.replaceChildren(txt('caption', 'cur.plans.summary', { class: 'sr-only' }), head, body);
    const footnotes = report.footnotes.map((f) => h('p', { class: 'hint' }, `※ ${currentLang() === 'ko' ? f.labelKo : f.labelEn}: ${f.values.map((v, i) => (v ? `${versionLabel(vs[i])} ${t('cur.sessionsTrainees', { s: v.sessions ?? '-', n: num(v.trainees ?? 0) })}` : null)).filter(Boolean).join(', ')}`));
    summaryNotes.replaceChildren(...footnotes, notesList(report.notes));
  }

  // ---- the 1-3 tables ----
  const modesTable = dataTable('cur.plans.modes', [
    { key: 'cur.col.version' }, { key: 'cur.mode.face_to_face', numeric: true }, { key: 'cur.col.share', numeric: true }, { key: 'cur.mode.nonFaceToFace', numeric: true }, { key: 'cur.col.share', numeric: true },
    { key: 'cur.mode.blended_cohort', numeric: true }, { key: 'cur.mode.blended_course', numeric: true }, { key: 'cur.mode.e_learning', numeric: true }, { key: 'cur.col.share', numeric: true }, { key: 'cur.col.generalRemote', numeric: true },
  ], 'plan-modes');
  const modesNotes = h('div');
  function renderModes(report: DeliveryModeReport): void {
    modesTable.tbody.replaceChildren(...report.rows.map((r) => h('tr', {},
      cell(versionLabel(r.version)),
      numCell(`${num(r.faceToFace.courses)} (${num(r.faceToFace.trainees)})`), numCell(`${r.faceToFace.share}%`),
      numCell(`${num(r.nonFaceToFace.courses)} (${num(r.nonFaceToFace.trainees)})`), numCell(`${r.nonFaceToFace.share}%`),
      numCell(r.nonFaceToFace.blendedCohort), numCell(r.nonFaceToFace.blendedCourse),
      numCell(`${num(r.eLearning.courses)} (${num(r.eLearning.trainees)})`), numCell(`${r.eLearning.share}%`),
      numCell(`${r.generalNonFaceToFaceShare}%`),
    )));
    modesNotes.replaceChildren(txt('p', 'cur.plans.modesHint', { class: 'hint' }), notesList(report.notes));
  }

  const restructuringTable = dataTable('cur.plans.restructuring', [
    { key: 'cur.col.version' }, { key: 'cur.col.type' }, { key: 'cur.status.new', numeric: true }, { key: 'cur.status.improved', numeric: true }, { key: 'cur.status.merged', numeric: true }, { key: 'cur.status.continued', numeric: true }, { key: 'cur.total', numeric: true },
  ], 'plan-restructuring');
  const restructuringNotes = h('div');
  function renderRestructuring(report: RestructuringReport): void {
    restructuringTable.tbody.replaceChildren(...report.rows.flatMap((r) => ([['cur.type.general', r.general], ['cur.type.e_learning', r.eLearning], ['cur.total', r.total]] as const).map(([key, c]) =>
      h('tr', {}, cell(versionLabel(r.version)), cell(t(key as Key)), numCell(c.new), numCell(c.improved), numCell(c.merged), numCell(c.continued), numCell(c.total)))));
    restructuringNotes.replaceChildren(notesList(report.notes));
  }

  // ---- year on year, quarters: one version each ----
  const versionSelect = h('select', { id: 'plan-report-version', 'data-testid': 'plan-report-version' });
  const basisSelect = h('select', { id: 'plan-report-basis', 'data-testid': 'plan-report-basis' });
  options(basisSelect, [{ value: 'original', label: () => t('cur.basis.original') }, { value: 'changed', label: () => t('cur.basis.changed') }]);
  const yoyTable = dataTable('cur.plans.yoy', [{ key: 'cur.col.type' }, { key: 'cur.col.base' }, { key: 'cur.col.current' }, { key: 'cur.col.change', numeric: true }], 'plan-yoy');
  const yoyNotes = h('div');
  const yoyStatus = status('yoy-status');
  function renderYoy(report: YearOnYearReport): void {
    const signed = (n: number) => (n > 0 ? `+${num(n)}` : num(n));
    yoyTable.tbody.replaceChildren(...report.rows.map((r) => h('tr', {},
      cell(named(r)),
      cell(t('cur.coursesTrainees', { c: num(r.base.courses), n: num(r.base.trainees) })),
      cell(t('cur.coursesTrainees', { c: num(r.current.courses), n: num(r.current.trainees) })),
      numCell(t('cur.coursesTrainees', { c: signed(r.change.courses), n: signed(r.change.trainees) })),
    )));
    yoyNotes.replaceChildren(h('p', { class: 'hint' }, t('cur.plans.yoyAgainst', { base: versionLabel(report.base) })), notesList(report.notes));
  }
  const quartersTable = dataTable('cur.plans.quarters', [
    { key: 'cur.col.type' }, { key: 'form.budgetLine' }, { key: 'cur.col.courses', numeric: true }, ...[1, 2, 3, 4].map((q) => ({ key: () => t('cur.col.quarter', { q }), numeric: true })), { key: 'cur.total', numeric: true },
  ], 'plan-quarters');
  const quartersNotes = h('div');
  function renderQuarters(report: QuartersReport): void {
    const pair = (s: number | null, n: number) => (s === null ? `${t('cur.alwaysOpen')} · ${num(n)}` : t('cur.sessionsTrainees', { s: num(s), n: num(n) }));
    quartersTable.tbody.replaceChildren(...report.rows.map((r) => h('tr', {},
      cell(t(r.educationType === 'general' ? 'cur.type.general' : 'cur.type.e_learning')), cell(r.budgetLineCode ?? '—'), numCell(r.courses),
      ...[0, 1, 2, 3].map((q) => numCell(pair(r.sessions ? r.sessions[q] : null, r.trainees[q]))),
      numCell(pair(r.sessions ? r.sessions.reduce((a, b) => a + b, 0) : null, r.trainees.reduce((a, b) => a + b, 0))),
    )));
    quartersNotes.replaceChildren(notesList(report.notes));
  }

  async function loadVersionReports(): Promise<void> {
    const versionId = versionSelect.value;
    if (!versionId) return;
    say(yoyStatus, 'info', null);
    const [yoy, quarters] = await Promise.all([
      api.report<YearOnYearReport>('year-on-year', { versionId, basis: basisSelect.value }).catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
      api.report<QuartersReport>('quarters', { versionId }),
    ]);
    if (disposed) return;
    if (yoy) renderYoy(yoy);
    else {
      yoyTable.tbody.replaceChildren(emptyRow(4, 'cur.plans.noPreviousYear'));
      yoyNotes.replaceChildren();
    }
    renderQuarters(quarters);
  }
  versionSelect.addEventListener('change', () => void loadVersionReports().catch((e) => say(yoyStatus, 'error', () => errorText(e))));
  basisSelect.addEventListener('change', () => void loadVersionReports().catch((e) => say(yoyStatus, 'error', () => errorText(e))));

  // ---- import ----
  const importStatus = status('import-status');
  const importVersion = h('select', { id: 'plan-import-version', 'data-testid': 'plan-import-version' });
  const file = h('input', { type: 'file', id: 'plan-import-file', accept: '.xlsx,.csv', 'data-testid': 'plan-import-file' });
  const importButton = txt('button', 'cur.import.submit', { type: 'submit', class: 'primary', 'data-testid': 'plan-import-submit' });
  const importErrors = dataTable('cur.import.errors', [{ key: 'cur.col.line', numeric: true }, { key: 'cur.col.reason' }], 'plan-import-errors');
  importErrors.region.hidden = true;
  const importForm = h('form', { class: 'grid', novalidate: true },
    h('div', { class: 'field' }, txt('label', 'cur.import.version', { for: 'plan-import-version' }), importVersion),
    h('div', { class: 'field' }, txt('label', 'upload.choose', { for: 'plan-import-file' }), file),
    h('div', { class: 'actions' }, importButton),
  );
  importForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    importErrors.region.hidden = true;
    const chosenFile = file.files?.[0];
    if (!importVersion.value || !chosenFile) {
      say(importStatus, 'error', 'cur.import.choose');
      return;
    }
    importButton.disabled = true;
    say(importStatus, 'info', 'cur.import.busy');
    try {
      const result = await uploadFile<{ rows: number; coursesCreated: number; coursesUpdated: number }>(`/api/plans/${importVersion.value}/import`, chosenFile);
      say(importStatus, 'success', () => t('cur.import.done', { rows: num(result.rows), created: num(result.coursesCreated), updated: num(result.coursesUpdated) }));
      await loadVersions();
    } catch (e) {
      say(importStatus, 'error', () => errorText(e));
      const rows = e instanceof ApiError ? ((e.body as { rows?: { line: number; messages: string[] }[] } | null)?.rows ?? []) : [];
      if (rows.length > 0) {
        importErrors.region.hidden = false;
        importErrors.tbody.replaceChildren(...rows.map((r) => {
          const reasons = h('td', {});
          setText(reasons, () => r.messages.map((m) => m.split(' / ')[currentLang() === 'ko' ? 0 : 1] ?? m).join(' · '));
          return h('tr', { 'data-testid': 'import-error-row' }, numCell(r.line), reasons);
        }));
      }
    } finally {
      importButton.disabled = false;
    }
  });

  async function loadReports(): Promise<void> {
    say(summaryStatus, 'info', 'cohorts.loading');
    const ids = chosen.length ? chosen.join(',') : undefined;
    const [summary, modes, restructuring] = await Promise.all([
      api.report<SummaryReport>('summary', { versionIds: ids }),
      api.report<DeliveryModeReport>('delivery-modes', { versionIds: ids }),
      api.report<RestructuringReport>('restructuring', { versionIds: ids }),
    ]);
    if (disposed) return;
    if (chosen.length === 0) chosen = summary.versions.map((v) => v.id);
    renderVersions();
    renderSummary(summary);
    renderModes(modes);
    renderRestructuring(restructuring);
    say(summaryStatus, 'info', null);
  }

  async function loadVersions(): Promise<void> {
    versions = await api.plans();
    if (disposed) return;
    renderVersions();
    options(versionSelect, [...versions].reverse().map((v) => ({ value: v.id, label: () => versionLabel(v) })));
    options(importVersion, versions.filter((v) => v.status === 'draft').map((v) => ({ value: v.id, label: () => versionLabel(v) })), 'cur.import.pickDraft');
    if (!newYear.value) newYear.value = String((versions[versions.length - 1]?.fiscalYear ?? new Date().getFullYear()) + 1);
    if (versions.length > 0) await Promise.all([loadReports(), loadVersionReports()]);
  }

  fill(main,
    card('cur.plans.title', 'plans-title', txt('p', 'cur.plans.intro', { class: 'muted' }), versionStatus, versionTable.region, planner ? createForm : null),
    card('cur.plans.summary', 'summary-title', summaryStatus, h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'summary-title' }, summaryTable), summaryNotes, downloads(() => reportPath('summary'), '교육훈련계획_분야별_총괄표', summaryStatus, 'summary-download')),
    card('cur.plans.modes', 'modes-title', modesTable.region, modesNotes, downloads(() => reportPath('delivery-modes'), '교육방식별_과정_비중', summaryStatus, 'modes-download')),
    card('cur.plans.restructuring', 'restructuring-title', restructuringTable.region, restructuringNotes, downloads(() => reportPath('restructuring'), '과정_개편내역', summaryStatus, 'restructuring-download')),
    card('cur.plans.byVersion', 'by-version-title',
      h('div', { class: 'grid' }, h('div', { class: 'field' }, txt('label', 'cur.col.version', { for: 'plan-report-version' }), versionSelect), h('div', { class: 'field' }, txt('label', 'cur.plans.basis', { for: 'plan-report-basis' }), basisSelect)),
      yoyStatus, txt('h3', 'cur.plans.yoy'), yoyTable.region, yoyNotes, downloads(() => api.reportPath('year-on-year', { versionId: versionSelect.value, basis: basisSelect.value }), '전년_대비_증감', yoyStatus, 'yoy-download'),
      txt('h3', 'cur.plans.quarters'), quartersTable.region, quartersNotes, downloads(() => api.reportPath('quarters', { versionId: versionSelect.value }), '분기별_교육계획', yoyStatus, 'quarters-download')),
    planner
      ? card('cur.import.title', 'import-title', txt('p', 'cur.import.intro', { class: 'muted' }), downloads(() => '/api/plans/import-template', '교육훈련계획_양식', importStatus, 'template-download'), importForm, importStatus, importErrors.region)
      : null,
  );

  stops.push(onLangChange(() => void loadReports().catch(() => undefined)));
  loadVersions().catch((e) => say(versionStatus, 'error', () => errorText(e)));
  return () => {
    disposed = true;
    stops.forEach((stop) => stop());
  };
}

