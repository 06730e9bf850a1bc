import { request, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { setText, t, tMaybe } from '../i18n';
import { Exam, getExams } from './exam-api';
import { renderExamSeason } from './officer-season';
import { badge, field, fromSeoulInput, heading, showFailure, statusLine, table, td, title } from './ui';

/** 시험 관리: the exam officer's list of rounds and the form to announce one; `?exam=` opens a round's season. */
export function renderExamConsole(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  const examId = params.get('exam');
  if (examId) return renderExamSeason(main, examId);
  let disposed = false;
  const status = statusLine('exam-console-status');
  const listArea = h('div');

  const fields = {
    kind: field('exam-new-kind', 'exam.new.kind', h('select', {}, h('option', { value: 'open' }, t('exam.kind.open')), h('option', { value: 'career' }, t('exam.kind.career')))),
    year: field('exam-new-year', 'exam.new.year', h('input', { type: 'number', value: String(new Date().getFullYear() + 1), min: '2000', max: '2100' })),
    roundNo: field('exam-new-round', 'exam.new.round', h('input', { type: 'number', value: '1', min: '1', max: '99' })),
    titleKo: field('exam-new-title-ko', 'exam.new.titleKo', h('input', {})),
    titleEn: field('exam-new-title-en', 'exam.new.titleEn', h('input', { lang: 'en' })),
    announcedOn: field('exam-new-announced', 'exam.announcedOn', h('input', { type: 'date' })),
    applicationOpensAt: field('exam-new-opens', 'exam.new.opens', h('input', { type: 'datetime-local' }), 'exam.new.seoulTime'),
    applicationClosesAt: field('exam-new-closes', 'exam.new.closes', h('input', { type: 'datetime-local' }), 'exam.new.seoulTime'),
    cancellationClosesAt: field('exam-new-cancel', 'exam.new.cancelCloses', h('input', { type: 'datetime-local' }), 'exam.new.seoulTime'),
    writtenExamOn: field('exam-new-written', 'exam.writtenExamOn', h('input', { type: 'date' })),
    interviewStartsOn: field('exam-new-interview-start', 'exam.new.interviewStart', h('input', { type: 'date' })),
    interviewEndsOn: field('exam-new-interview-end', 'exam.new.interviewEnd', h('input', { type: 'date' })),
    resultOn: field('exam-new-result', 'exam.resultOn', h('input', { type: 'date' })),
    selectionPlanned: field('exam-new-selection', 'exam.selection', h('input', { type: 'number', min: '0' })),
  };
  const formStatus = statusLine('exam-new-status');
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'exam-new-submit' });
  setText(submit, 'exam.new.submit');
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'exam-new-title' }, heading('h2', 'exam.new.title', 'exam-new-title'), h('div', { class: 'grid' }, ...Object.values(fields).map((f) => f.row)), h('div', { class: 'actions' }, submit, formStatus));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = (key: keyof typeof fields) => fields[key].input.value.trim() || undefined;
    const n = (key: keyof typeof fields) => (v(key) === undefined ? undefined : Number(v(key)));
    try {
      const created = await request<Exam>('POST', '/api/exam/exams', {
        kind: v('kind'),
        year: n('year'),
        roundNo: n('roundNo'),
        titleKo: v('titleKo'),
        titleEn: v('titleEn'),
        announcedOn: v('announcedOn'),
        applicationOpensAt: fromSeoulInput(fields.applicationOpensAt.input.value),
        applicationClosesAt: fromSeoulInput(fields.applicationClosesAt.input.value),
        cancellationClosesAt: fromSeoulInput(fields.cancellationClosesAt.input.value),
        writtenExamOn: v('writtenExamOn'),
        interviewStartsOn: v('interviewStartsOn'),
        interviewEndsOn: v('interviewEndsOn'),
        resultOn: v('resultOn'),
        selectionPlanned: n('selectionPlanned'),
      });
      location.hash = `#/exam-officer?exam=${created.id}`;
    } catch (e) {
      showFailure(e, formStatus, fields);
    }
  });

  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.console.title'), status, listArea), form);
  getExams()
    .then((exams) => {
      if (disposed) return;
      const rows = exams.map((e) =>
        h('tr', { 'data-testid': 'exam-console-row' },
          td(h('a', { href: `#/exam-officer?exam=${e.id}` }, title(e))),
          td(tMaybe(`exam.kind.${e.kind}`, e.kind)),
          td(badge(`exam.phase.${e.phase}`, e.phase)),
          td(String(e.positions.length), 'num'),
          td(t('people', { n: e.positions.reduce((s, p) => s + p.applicants, 0).toLocaleString('ko-KR') }), 'num'),
        ),
      );
      listArea.replaceChildren(table('exam.console.caption', ['exam.col.exam', 'exam.new.kind', 'exam.col.phase', 'exam.col.positions', 'exam.col.applicants'], rows, ['exam.col.positions', 'exam.col.applicants']));
    })
    .catch((e) => !disposed && setText(status, () => errorText(e)));
  return () => {
    disposed = true;
  };
}
