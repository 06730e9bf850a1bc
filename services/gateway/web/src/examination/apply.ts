import type { User } from '../api';
import { h } from '../dom';
import { errorText, money } from '../format';
import { setText, t, tMaybe } from '../i18n';
import { ACCOMMODATION_KINDS, Exam, getExams, submitApplication } from './exam-api';
import { field, heading, positionName, showFailure, statusLine, title } from './ui';

/**
 * 원서 접수: the application form. One idempotency key per form: pressing submit again after a
 * failure (or a slow network) sends the same key, so the application is made once.
 */
export function renderApply(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  let disposed = false;
  let exams: Exam[] = [];
  let idempotencyKey = crypto.randomUUID();
  const status = statusLine('form-status');

  const examSelect = h('select', { required: true });
  const positionSelect = h('select', { required: true });
  const birth = h('input', { type: 'date', required: true, autocomplete: 'bday' });
  const fields = {
    examId: field('exam-apply-exam', 'exam.apply.exam', examSelect),
    positionId: field('exam-apply-position', 'exam.apply.position', positionSelect),
    nameKo: field('exam-apply-name', 'exam.apply.name', h('input', { value: user.name, autocomplete: 'name', required: true })),
    birthDate: field('exam-apply-birth', 'exam.apply.birthDate', birth),
    phone: field('exam-apply-phone', 'exam.apply.phone', h('input', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', placeholder: '010-1234-5678', required: true })),
    residentSince: field('exam-apply-resident-since', 'exam.apply.residentSince', h('input', { type: 'date' }), 'exam.apply.residencyHint'),
    residencyYears: field('exam-apply-residency-years', 'exam.apply.residencyYears', h('input', { type: 'number', min: '0', max: '120', inputmode: 'numeric' })),
    trackEvidence: field('exam-apply-track-evidence', 'exam.apply.trackEvidence', h('input', {}), 'exam.apply.trackEvidenceHint'),
    veteransBonusPercent: field('exam-apply-bonus', 'exam.apply.bonus', h('select', {}, ...[0, 5, 10].map((n) => h('option', { value: String(n) }, n === 0 ? t('exam.apply.noBonus') : `${n}%`)))),
  };
  const fee = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'exam-apply-fee' });

  // 편의지원: one checkbox per kind, in a fieldset so screen readers announce the group.
  const checks = ACCOMMODATION_KINDS.map((kind) => {
    const box = h('input', { type: 'checkbox', id: `exam-apply-acc-${kind}`, value: kind, 'data-testid': `exam-apply-acc-${kind}` });
    const label = h('label', { for: box.id });
    setText(label, () => tMaybe(`exam.acc.${kind}`, kind));
    return { box, row: h('div', { class: 'check' }, box, label) };
  });
  const accNote = field('exam-apply-acc-note', 'exam.apply.accNote', h('textarea', { rows: '2', maxlength: '200' }));
  const accError = h('p', { class: 'field-error', id: 'exam-apply-acc-error' });
  const legend = h('legend', {});
  setText(legend, 'exam.apply.accommodations');
  const accHint = h('p', { class: 'hint' });
  setText(accHint, 'exam.apply.accHint');
  const accommodations = h('fieldset', { class: 'field' }, legend, accHint, h('div', { class: 'checks' }, ...checks.map((c) => c.row)), accNote.row, accError);

  const conditional = () => {
    const exam = exams.find((e) => e.id === examSelect.value);
    const position = exam?.positions.find((p) => p.id === positionSelect.value);
    fields.residentSince.row.hidden = !exam?.residencyRegionKo;
    fields.residencyYears.row.hidden = !exam?.residencyRegionKo;
    fields.trackEvidence.row.hidden = !position || position.track === 'general';
    setText(fee, position ? () => `${t('exam.col.fee')}: ${money(position.fee)} · ${t('exam.apply.closes', { at: exam ? new Date(exam.applicationClosesAt).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' }) : '' })}` : null);
  };

  const fillPositions = () => {
    const exam = exams.find((e) => e.id === examSelect.value);
    const chosen = positionSelect.value || params.get('position') || '';
    positionSelect.replaceChildren(h('option', { value: '' }, t('form.choose')), ...(exam?.positions ?? []).map((p) => h('option', { value: p.id }, `${positionName(p)} — ${money(p.fee)}`)));
    if (exam?.positions.some((p) => p.id === chosen)) positionSelect.value = chosen;
    conditional();
  };
  examSelect.addEventListener('change', () => {
    positionSelect.value = '';
    fillPositions();
  });
  positionSelect.addEventListener('change', conditional);

  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'exam-apply-submit' });
  setText(submit, 'exam.apply.submit');
  const privacy = h('p', { class: 'hint' });
  setText(privacy, 'exam.apply.privacy');
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'exam-apply-title', 'data-testid': 'exam-apply-form' },
    heading('h1', 'exam.apply.title', 'exam-apply-title'),
    privacy,
    h('div', { class: 'grid' }, fields.examId.row, fields.positionId.row),
    fee,
    h('div', { class: 'grid' }, fields.nameKo.row, fields.birthDate.row, fields.phone.row, fields.veteransBonusPercent.row, fields.residentSince.row, fields.residencyYears.row, fields.trackEvidence.row),
    accommodations,
    h('div', { class: 'actions' }, submit, status),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    status.className = 'message';
    setText(status, 'exam.apply.sending');
    const value = (f: { input: { value: string } }) => f.input.value.trim() || undefined;
    const chosen = checks.filter((c) => c.box.checked).map((c) => ({ kind: c.box.value, ...(value(accNote) ? { note: value(accNote) } : {}) }));
    try {
      const created = await submitApplication(
        {
          examId: examSelect.value,
          positionId: positionSelect.value,
          nameKo: value(fields.nameKo) ?? '',
          birthDate: value(fields.birthDate) ?? '',
          phone: value(fields.phone) ?? '',
          residentSince: fields.residentSince.row.hidden ? undefined : value(fields.residentSince),
          residencyYears: fields.residencyYears.row.hidden || !value(fields.residencyYears) ? undefined : Number(value(fields.residencyYears)),
          trackEvidence: fields.trackEvidence.row.hidden ? undefined : value(fields.trackEvidence),
          veteransBonusPercent: Number(fields.veteransBonusPercent.input.value),
          accommodations: chosen,
        },
        idempotencyKey,
      );
      idempotencyKey = crypto.randomUUID();
      location.hash = `#/exam-my?submitted=${created.id}`;
    } catch (e) {
      showFailure(e, status, { ...fields, accommodations: { input: checks[0].box, error: accError } });
    } finally {
      submit.disabled = false;
    }
  });

  main.replaceChildren(form);
  getExams()
    .then((all) => {
      if (disposed) return;
      exams = all.filter((e) => e.phase === 'accepting');
      examSelect.replaceChildren(h('option', { value: '' }, t('form.choose')), ...exams.map((e) => h('option', { value: e.id }, title(e))));
      if (exams.some((e) => e.id === params.get('exam'))) examSelect.value = params.get('exam')!;
      else if (exams.length === 1) examSelect.value = exams[0].id;
      fillPositions();
      if (exams.length === 0) setText(status, 'exam.apply.noneOpen');
    })
    .catch((e) => !disposed && setText(status, () => errorText(e)));
  conditional();
  examSelect.focus();
  return () => {
    disposed = true;
  };
}
