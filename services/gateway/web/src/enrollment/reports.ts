import type { User } from '../api';
import { h } from '../dom';
import { onLangChange, t } from '../i18n';
import { enrollment, ResultsReport, SurveyResults } from './enrollment-api';
import { card, cell, downloads, field, label, liveMessage, named, num, sayError, table } from './ui';

const ROW_LABELS = { total: 'enr.report.total', general: 'enr.report.general', e_learning: 'enr.report.elearning' } as const;
const score = (s: number | null) => (s === null ? '—' : s.toFixed(2));

/**
 * 교육훈련 실적: plan against actual by education type in the shape of the source's 2021 table,
 * the overall satisfaction as the source computes it and the trainee-weighted one beside it,
 * each labelled, then by field, and the survey results per course and instructor.
 */
export function renderReports(main: HTMLElement, _user: User): () => void {
  let report: ResultsReport | null = null;
  let surveys: SurveyResults | null = null;
  const status = liveMessage('report-status');
  const year = h('input', { type: 'number', min: '2000', max: '2100', value: String(new Date().getFullYear()), 'data-testid': 'report-year' });
  const holder = h('div', { class: 'grid-1' });

  function render() {
    if (!report || !surveys) return;
    const r = report;
    const figures = (f: { courses: number; trainees: number } | null) => [num(f?.courses ?? null), num(f?.trainees ?? null)];
    holder.replaceChildren(
      table('enr.report.results', ['enr.report.category', 'enr.report.planOriginalCourses', 'enr.report.planOriginalTrainees', 'enr.report.planChangedCourses', 'enr.report.planChangedTrainees', 'enr.report.actualCourses', 'enr.report.actualTrainees', 'enr.report.satisfaction'],
        r.rows.map((row) => [h('th', { scope: 'row' }, t(ROW_LABELS[row.id])), ...figures(row.planOriginal), ...figures(row.planChanged), ...figures(row.actual), num(score(row.satisfaction))]),
        { numeric: ['enr.report.planOriginalCourses', 'enr.report.planOriginalTrainees', 'enr.report.planChangedCourses', 'enr.report.planChangedTrainees', 'enr.report.actualCourses', 'enr.report.actualTrainees', 'enr.report.satisfaction'], empty: 'enr.report.empty', testid: 'results-table' }),
      h('dl', { class: 'scores', 'data-testid': 'overall-scores' },
        h('dt', {}, t('enr.report.plainMean')), h('dd', {}, score(r.overall.plainMeanOfTypes)),
        h('dt', {}, t('enr.report.weighted')), h('dd', {}, score(r.overall.traineeWeighted))),
      label('enr.report.byField', 'h3'),
      table('enr.report.byField', ['enr.report.category', 'enr.report.field', 'enr.report.actualCourses', 'enr.report.actualTrainees', 'enr.report.satisfaction'], r.byField.map((f) => [cell(t(f.educationType === 'e_learning' ? 'enr.report.elearning' : 'enr.report.general')), cell(f.fieldCode ?? '—'), num(f.courses), num(f.trainees), num(score(f.satisfaction))]), { numeric: ['enr.report.actualCourses', 'enr.report.actualTrainees', 'enr.report.satisfaction'], empty: 'enr.report.empty' }),
      label('enr.report.surveyCourses', 'h3'),
      table('enr.report.surveyCourses', ['enr.col.course', 'enr.report.responses', 'enr.report.satisfaction'], surveys.courses.map((c) => [cell(named(c.courseNameKo, c.courseNameEn)), num(c.responses), num(score(c.score))]), { numeric: ['enr.report.responses', 'enr.report.satisfaction'], empty: 'enr.report.empty' }),
      label('enr.report.surveyInstructors', 'h3'),
      table('enr.report.surveyInstructors', ['enr.report.instructor', 'enr.report.responses', 'enr.report.satisfaction'], surveys.instructors.map((i) => [cell(i.name ?? i.instructorId), num(i.responses), num(score(i.score))]), { numeric: ['enr.report.responses', 'enr.report.satisfaction'], empty: 'enr.report.empty' }),
    );
  }

  async function load() {
    try {
      [report, surveys] = await Promise.all([enrollment.results(Number(year.value)), enrollment.surveyResults(Number(year.value))]);
      render();
    } catch (e) {
      sayError(status, e);
    }
  }

  year.addEventListener('change', load);
  main.replaceChildren(card('enr.report.title', 'report-title', label('enr.report.intro', 'p', { class: 'muted' }), h('div', { class: 'actions' }, field('enr.report.year', year, 'report-year'), downloads((format) => enrollment.resultsFile(Number(year.value), format), status, 'results')), status, holder));
  const stop = onLangChange(render);
  void load();
  return stop;
}
