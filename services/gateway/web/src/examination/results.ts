import type { User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { setText, t } from '../i18n';
import { getMyApplications, getResult, ResultLookup, StageResult } from './exam-api';
import { heading, seoulTime, showFailure, statusLine, title } from './ui';

/** 합격자 조회: the applicant's own result of an exam, stage by stage, once each is published. */
export function renderResults(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  let disposed = false;
  const status = statusLine('exam-results-status');
  const select = h('select', { id: 'exam-results-exam', 'data-testid': 'exam-results-exam' });
  const label = h('label', { for: select.id });
  setText(label, 'exam.results.exam');
  const ask = h('button', { type: 'submit', class: 'primary', 'data-testid': 'exam-results-submit' });
  setText(ask, 'exam.results.lookup');
  const answer = h('div', { 'aria-live': 'polite', 'data-testid': 'exam-results-answer' });
  const form = h('form', { class: 'card', 'aria-labelledby': 'exam-results-title' }, heading('h1', 'exam.results.title', 'exam-results-title'), h('div', { class: 'field' }, label, select), h('div', { class: 'actions' }, ask, status));

  const stage = (key: 'exam.results.written' | 'exam.results.final', s: StageResult) => {
    const value = s.published ? t(`exam.result.${s.result ?? 'none'}` as 'exam.result.pass') : s.publishAt ? t('exam.results.scheduled', { at: seoulTime(s.publishAt) }) : t('exam.results.unscheduled');
    return [h('dt', {}, t(key)), h('dd', { class: s.published && s.result === 'pass' ? 'strong pass' : '', 'data-testid': `exam-result-${key.split('.').pop()}` }, value)];
  };
  const show = (r: ResultLookup) =>
    answer.replaceChildren(
      h('section', { class: 'card' },
        heading('h2', () => title({ titleKo: r.examTitleKo, titleEn: r.examTitleEn })),
        h('dl', { class: 'schedule' }, h('dt', {}, t('exam.my.examNumber')), h('dd', {}, r.examNumber ?? '—'), h('dt', {}, t('exam.my.position')), h('dd', {}, r.positionLabelKo), ...stage('exam.results.written', r.written), ...stage('exam.results.final', r.final)),
      ),
    );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setText(status, null);
    try {
      show(await getResult(select.value));
    } catch (e) {
      answer.replaceChildren();
      showFailure(e, status);
    }
  });

  main.replaceChildren(form, answer);
  getMyApplications()
    .then((applications) => {
      if (disposed) return;
      const numbered = applications.filter((a) => a.examNumber);
      select.replaceChildren(...numbered.map((a) => h('option', { value: a.examId }, `${title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn })} (${a.examNumber})`)));
      if (numbered.length === 0) setText(status, 'exam.results.none');
      if (numbered.some((a) => a.examId === params.get('exam'))) select.value = params.get('exam')!;
    })
    .catch((e) => !disposed && setText(status, () => errorText(e)));
  select.focus();
  return () => {
    disposed = true;
  };
}
