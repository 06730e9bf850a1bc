import { request, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, setText, t } from '../i18n';
import { badge, heading, statusLine, table, td } from './ui';

interface FeedbackReport {
  candidateId: string;
  round: { targetGrade: number; year: number; roundNo: number; heldOn: string };
  attempt: number;
  attemptsLeft: number;
  completed: boolean;
  passed: boolean | null;
  overall: number | null;
  passThreshold: number;
  competencies: { code: string; ko: string; en: string; score: number | null }[];
  strengths: string[];
  development: string[];
  comments: { competency: string; technique: string; comment: string }[];
  preparatoryCourse: { courseNameKo: string; startDate: string; endDate: string; cancelled: boolean } | null;
}

const points = (hundredths: number | null) => (hundredths === null ? '—' : (hundredths / 100).toFixed(2));

/** 역량평가 결과 보고서: the candidate's own result per competency, what to keep and what to develop, and the preparatory course. */
export function renderFeedback(main: HTMLElement, _user: User): () => void {
  let disposed = false;
  const status = statusLine('feedback-status');
  const list = h('div', { class: 'page-stack' });
  const named = (r: FeedbackReport, code: string) => {
    const c = r.competencies.find((x) => x.code === code);
    return c ? (currentLang() === 'ko' ? c.ko : c.en) : code;
  };
  const report = (r: FeedbackReport) => {
    const caption = `${r.round.year} ${r.round.targetGrade}${t('exam.gradeSuffix')} ${t('exam.feedback.round', { n: r.round.roundNo })} (${r.round.heldOn})`;
    if (!r.completed) return h('section', { class: 'card' }, h('h2', {}, caption), h('p', {}, t('exam.feedback.pending')));
    const rows = r.competencies.map((c) => h('tr', {}, td(currentLang() === 'ko' ? c.ko : c.en), td(points(c.score), 'num'), td(c.score !== null && c.score >= r.passThreshold ? '' : t('exam.feedback.below'))));
    const course = r.preparatoryCourse
      ? `${r.preparatoryCourse.courseNameKo}: ${r.preparatoryCourse.startDate} ~ ${r.preparatoryCourse.endDate}${r.preparatoryCourse.cancelled ? ` (${t('exam.feedback.cancelled')})` : ''}`
      : t('exam.feedback.noCourse');
    return h('section', { class: 'card', 'data-testid': 'feedback-report' },
      h('div', { class: 'actions' }, h('h2', {}, caption), badge(r.passed ? 'exam.result.pass' : 'exam.result.fail', '', r.passed ? '' : 'pending')),
      h('p', {}, t('exam.feedback.overall', { score: points(r.overall), threshold: points(r.passThreshold) })),
      table('exam.feedback.competencies', ['exam.feedback.competency', 'exam.feedback.score', 'exam.feedback.note'], rows, ['exam.feedback.score']),
      h('p', {}, `${t('exam.feedback.strengths')}: ${r.strengths.map((c) => named(r, c)).join(', ') || '—'}`),
      h('p', {}, `${t('exam.feedback.development')}: ${r.development.map((c) => named(r, c)).join(', ')}`),
      h('ul', {}, ...r.comments.map((c) => h('li', {}, `${named(r, c.competency)} — ${c.comment}`))),
      h('p', {}, `${t('exam.feedback.course')}: ${course}`),
      h('p', { class: 'muted' }, t('exam.feedback.attempts', { attempt: r.attempt, left: r.attemptsLeft })),
    );
  };
  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.feedback.title'), status), list);
  request<FeedbackReport[]>('GET', '/api/exam/assessment-feedback/mine')
    .then((reports) => {
      if (disposed) return;
      if (reports.length === 0) setText(status, 'exam.feedback.none');
      list.replaceChildren(...reports.map(report));
    })
    .catch((e) => !disposed && setText(status, () => errorText(e)));
  return () => {
    disposed = true;
  };
}
