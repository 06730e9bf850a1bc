import { request, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { currentLang, setText, t } from '../i18n';
import { button, heading, showDone, showFailure, statusLine } from './ui';

interface ModelItem {
  code: string;
  ko: string;
  en: string;
}

interface AssignmentView {
  candidateId: string;
  candidateCode: string;
  round: { id: string; targetGrade: number; year: number; roundNo: number; heldOn: string; completed: boolean };
  technique: ModelItem;
  competencies: (ModelItem & { score: number | null; comment: string | null })[];
}

const named = (x: ModelItem) => (currentLang() === 'ko' ? x.ko : x.en);

/** 평정표: the assessor rates each competency 1–5 for every candidate and technique assigned to them. */
export function renderAssessorForm(main: HTMLElement, _user: User): () => void {
  let disposed = false;
  const status = statusLine('assessor-status');
  const list = h('div', { class: 'page-stack' });

  const form = (a: AssignmentView) => {
    const line = statusLine();
    const inputs = a.competencies.map((c) => {
      const id = `rate-${a.candidateId}-${a.technique.code}-${c.code}`;
      const select = h('select', { id, 'data-testid': 'assessor-score' }, h('option', { value: '' }, '—'), ...[1, 2, 3, 4, 5].map((n) => h('option', { value: String(n) }, String(n))));
      if (c.score) select.value = String(c.score);
      const comment = h('textarea', { id: `${id}-comment`, rows: '2', maxlength: '1000' });
      comment.value = c.comment ?? '';
      const label = h('label', { for: id }, named(c));
      const commentLabel = h('label', { for: comment.id, class: 'hint' });
      setText(commentLabel, 'exam.assessor.comment');
      return { c, select, comment, row: h('div', { class: 'field' }, label, select, commentLabel, comment) };
    });
    const save = button('exam.assessor.save', { 'data-testid': 'assessor-save' }, 'primary');
    save.disabled = a.round.completed;
    save.addEventListener('click', async () => {
      try {
        await request('PUT', '/api/exam/assessments/ratings', {
          candidateId: a.candidateId,
          technique: a.technique.code,
          ratings: inputs.map((i) => ({ competency: i.c.code, score: Number(i.select.value), ...(i.comment.value.trim() ? { comment: i.comment.value.trim() } : {}) })),
        });
        showDone(line, () => t('exam.assessor.saved'));
      } catch (e) {
        showFailure(e, line);
      }
    });
    const caption = `${a.round.year} ${a.round.targetGrade}${t('exam.gradeSuffix')} ${a.round.roundNo}${t('exam.assessor.roundSuffix')} · ${a.candidateCode} · ${named(a.technique)}`;
    return h('section', { class: 'card', 'aria-label': caption, 'data-testid': 'assessor-assignment' }, h('h2', {}, caption), h('div', { class: 'grid' }, ...inputs.map((i) => i.row)), h('div', { class: 'actions' }, save, line));
  };

  const intro = h('p', { class: 'muted' });
  setText(intro, 'exam.assessor.intro');
  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.assessor.title'), intro, status), list);
  request<AssignmentView[]>('GET', '/api/exam/assessments/assignments/mine')
    .then((assignments) => {
      if (disposed) return;
      if (assignments.length === 0) setText(status, 'exam.assessor.none');
      list.replaceChildren(...assignments.map(form));
    })
    .catch((e) => !disposed && setText(status, () => errorText(e)));
  return () => {
    disposed = true;
  };
}
