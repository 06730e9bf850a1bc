import { request, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { setText, t } from '../i18n';
import { badge, button, field, heading, showDone, showFailure, statusLine, table, td } from './ui';

interface Round {
  id: string;
  targetGrade: number;
  year: number;
  roundNo: number;
  heldOn: string;
  passThreshold: number;
  maxAttempts: number;
  assignedAt: string | null;
  completedOn: string | null;
  candidates: number | { id: string; employeeNo: string; nameKo: string; agencyCode: string; attempt: number; overall: number | null; passed: boolean | null; expected: number; rated: number }[];
  passed?: number;
}

const label = (r: Round) => `${r.year} ${r.targetGrade}${t('exam.gradeSuffix')} ${t('exam.feedback.round', { n: r.roundNo })} (${r.heldOn})`;

/** 역량평가 관리: rounds of the grade 4 and 5 assessments, their candidates, assessor assignment and consolidation. */
export function renderAssessmentConsole(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  const roundId = params.get('round');
  let disposed = false;
  const status = statusLine('assessments-status');
  const area = h('div', { class: 'page-stack' });
  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.assessments.title'), status), area);

  async function showRounds() {
    const rounds = await request<Round[]>('GET', '/api/exam/assessment-rounds');
    const rows = rounds.map((r) => h('tr', {}, td(h('a', { href: `#/exam-assessments?round=${r.id}` }, label(r))), td(String(r.candidates), 'num'), td(String(r.passed ?? 0), 'num'), td(r.completedOn ? badge('exam.assessments.completed', '') : badge('exam.assessments.open', '', 'pending'))));
    const f = {
      targetGrade: field('ar-grade', 'exam.assessments.grade', h('select', {}, h('option', { value: '5' }, '5'), h('option', { value: '4' }, '4'))),
      year: field('ar-year', 'exam.new.year', h('input', { type: 'number', value: String(new Date().getFullYear()) })),
      roundNo: field('ar-round', 'exam.new.round', h('input', { type: 'number', min: '1', value: '1' })),
      heldOn: field('ar-held', 'exam.sit.heldOn', h('input', { type: 'date' })),
      passThreshold: field('ar-threshold', 'exam.assessments.threshold', h('input', { type: 'number', min: '1', max: '5', step: '0.01', value: '2.50' })),
      maxAttempts: field('ar-attempts', 'exam.assessments.maxAttempts', h('input', { type: 'number', min: '1', max: '10', value: '3' })),
    };
    const create = button('exam.assessments.create', {}, 'primary');
    const line = statusLine();
    create.addEventListener('click', async () => {
      try {
        const round = await request<Round>('POST', '/api/exam/assessment-rounds', { targetGrade: Number(f.targetGrade.input.value), year: Number(f.year.input.value), roundNo: Number(f.roundNo.input.value), heldOn: f.heldOn.input.value, passThreshold: Math.round(Number(f.passThreshold.input.value) * 100), maxAttempts: Number(f.maxAttempts.input.value) });
        location.hash = `#/exam-assessments?round=${round.id}`;
      } catch (e) {
        showFailure(e, line, f);
      }
    });
    area.replaceChildren(
      h('section', { class: 'card' }, table('exam.assessments.rounds', ['exam.assessments.round', 'exam.assessments.candidates', 'exam.assessments.passed', 'exam.col.status'], rows, ['exam.assessments.candidates', 'exam.assessments.passed'])),
      h('section', { class: 'card' }, heading('h2', 'exam.assessments.new'), h('div', { class: 'grid' }, ...Object.values(f).map((x) => x.row)), h('div', { class: 'actions' }, create, line)),
    );
  }

  async function showRound(id: string) {
    const round = await request<Round>('GET', `/api/exam/assessment-rounds/${id}`);
    const candidates = Array.isArray(round.candidates) ? round.candidates : [];
    const line = statusLine();
    const rows = candidates.map((c) => h('tr', {}, td(c.employeeNo), td(c.nameKo), td(c.agencyCode), td(String(c.attempt), 'num'), td(`${c.rated} / ${c.expected}`, 'num'), td(c.overall === null ? '—' : (c.overall / 100).toFixed(2), 'num'), td(c.passed === null ? '—' : t(c.passed ? 'exam.result.pass' : 'exam.result.fail'))));
    const f = {
      employeeNo: field('ac-employee', 'exam.assessments.employeeNo', h('input', {})),
      nameKo: field('ac-name', 'exam.apply.name', h('input', {})),
      agencyCode: field('ac-agency', 'exam.venue.agency', h('input', { lang: 'en', placeholder: 'MAPO-GU' })),
    };
    const add = button('exam.assessments.addCandidate');
    const assign = button('exam.assessments.assign', {}, 'primary');
    const consolidate = button('exam.assessments.consolidate', {}, 'primary');
    const run = (path: string, done: (r: never) => string) => async () => {
      try {
        const r = await request('POST', path, {});
        await showRound(id);
        showDone(status, () => done(r as never));
      } catch (e) {
        showFailure(e, line);
      }
    };
    add.addEventListener('click', async () => {
      try {
        await request('POST', `/api/exam/assessment-rounds/${id}/candidates`, { employeeNo: f.employeeNo.input.value.trim(), nameKo: f.nameKo.input.value.trim(), agencyCode: f.agencyCode.input.value.trim() });
        await showRound(id);
      } catch (e) {
        showFailure(e, line, f);
      }
    });
    assign.addEventListener('click', run(`/api/exam/assessment-rounds/${id}/assignments`, (r: { assignments: number; assessors: number }) => t('exam.assessments.assigned', { n: r.assignments, assessors: r.assessors })));
    consolidate.addEventListener('click', run(`/api/exam/assessment-rounds/${id}/consolidation`, (r: { candidates: number; passed: number }) => t('exam.assessments.consolidated', { n: r.candidates, passed: r.passed })));
    area.replaceChildren(
      h('section', { class: 'card' },
        heading('h2', () => label(round)),
        table('exam.assessments.candidates', ['exam.assessments.employeeNo', 'exam.apply.name', 'exam.venue.agency', 'exam.assessments.attempt', 'exam.assessments.progress', 'exam.feedback.score', 'exam.col.result'], rows, ['exam.assessments.attempt', 'exam.assessments.progress', 'exam.feedback.score']),
        round.completedOn ? null : h('div', { class: 'grid' }, ...Object.values(f).map((x) => x.row)),
        round.completedOn ? null : h('div', { class: 'actions' }, add, assign, consolidate),
        line,
        h('a', { href: '#/exam-assessments' }, t('exam.console.back')),
      ),
    );
  }

  (roundId ? showRound(roundId) : showRounds()).catch((e) => !disposed && setText(status, () => errorText(e)));
  return () => {
    disposed = true;
  };
}
