import type { User } from '../api';
import { ApiError } from '../api';
import { h } from '../dom';
import { errorText, period } from '../format';
import { currentLang, Key, localize, onLangChange, setText, t } from '../i18n';
import { enrollment, SurveyDue } from './enrollment-api';
import { card, label, liveMessage, named, say } from './ui';

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * 만족도 조사: one group of five radio buttons per item and per instructor, each a fieldset with
 * its question as legend; arrow keys move within a group. A missing answer is named in a message
 * the screen reader announces, and focus goes to the first one.
 */
export function renderSurvey(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  let due: SurveyDue[] = [];
  const status = liveMessage('survey-status');
  const alert = h('div', { class: 'message error', role: 'alert', 'data-testid': 'survey-errors' });
  const holder = h('div', { class: 'grid-1' });

  const question = (name: string, legendText: () => string, testid: string) => {
    const legend = h('legend', {});
    setText(legend, legendText);
    const error = h('p', { class: 'field-error', id: `${name}-error` });
    const options = SCALE.map((score) => {
      const id = `${name}-${score}`;
      const input = h('input', { type: 'radio', name, id, value: String(score), 'data-testid': `${testid}-${score}` });
      const text = h('label', { for: id });
      setText(text, () => `${score} · ${t(`enr.survey.scale${score}` as Key)}`);
      return h('span', { class: 'scale-option' }, input, text);
    });
    const fieldset = h('fieldset', { class: 'survey-item', 'aria-describedby': error.id }, legend, h('div', { class: 'scale' }, ...options), error);
    return { fieldset, error, value: () => Number((fieldset.querySelector('input:checked') as HTMLInputElement | null)?.value ?? 0) };
  };

  function form(survey: SurveyDue) {
    const items = survey.items.map((item) => ({ code: item.code, ...question(`item-${item.code}`, () => (currentLang() === 'ko' ? item.ko : item.en), `survey-${item.code}`), text: () => (currentLang() === 'ko' ? item.ko : item.en) }));
    const instructors = survey.instructors.map((i) => ({ id: i.instructorId, ...question(`instructor-${i.instructorId}`, () => t('enr.survey.instructor', { name: i.name }), `survey-instructor-${i.name}`), text: () => t('enr.survey.instructor', { name: i.name }) }));
    const comment = h('textarea', { id: 'survey-comment', rows: '3', maxlength: '1000' });
    const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'survey-submit' });
    setText(submit, 'enr.survey.submit');
    const title = h('h2', { id: 'survey-form-title' });
    setText(title, () => `${named(survey.courseNameKo, survey.courseNameEn)} (${period(survey.startDate, survey.endDate)})`);
    const el = h('form', { class: 'card', 'aria-labelledby': 'survey-form-title', novalidate: true, 'data-testid': 'survey-form' },
      title,
      label('enr.survey.anonymous', 'p', { class: 'hint' }),
      label('enr.survey.course', 'h3'),
      ...items.map((i) => i.fieldset),
      instructors.length ? label('enr.survey.instructors', 'h3') : null,
      ...instructors.map((i) => i.fieldset),
      h('div', { class: 'field' }, label('enr.survey.comment', 'label', { for: 'survey-comment' }), comment),
      alert,
      h('div', { class: 'actions' }, submit),
    );
    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      const all = [...items, ...instructors];
      for (const q of all) {
        q.fieldset.removeAttribute('data-invalid');
        setText(q.error, null);
      }
      setText(alert, null);
      const missing = all.filter((q) => q.value() === 0);
      if (missing.length > 0) {
        for (const q of missing) {
          q.fieldset.setAttribute('data-invalid', 'true');
          setText(q.error, 'enr.survey.choose');
        }
        setText(alert, () => t('enr.survey.missing', { n: missing.length, items: missing.map((q) => q.text()).join(', ') }));
        (missing[0].fieldset.querySelector('input') as HTMLInputElement).focus();
        return;
      }
      submit.disabled = true;
      try {
        await enrollment.submitSurvey({
          cohortId: survey.cohortId,
          items: items.map((i) => ({ itemCode: i.code, score: i.value() })),
          instructors: instructors.map((i) => ({ instructorId: i.id, score: i.value() })),
          ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
        });
        say(status, 'success', () => t('enr.survey.thanks'));
        due = due.filter((d) => d.cohortId !== survey.cohortId);
        render(null);
        status.focus();
      } catch (e) {
        const messages = e instanceof ApiError && e.errors.length ? e.errors.flatMap((x) => x.messages.map(localize)) : [errorText(e)];
        setText(alert, () => messages.join(' · '));
      } finally {
        submit.disabled = false;
      }
    });
    return el;
  }

  function render(cohortId: string | null) {
    const chosen = due.find((d) => d.cohortId === cohortId) ?? (due.length === 1 ? due[0] : null);
    if (chosen) {
      holder.replaceChildren(form(chosen));
      return;
    }
    holder.replaceChildren(
      card('enr.survey.title', 'survey-list-title', due.length ? h('ul', {}, ...due.map((d) => h('li', {}, h('a', { href: `#/survey?cohort=${d.cohortId}` }, `${named(d.courseNameKo, d.courseNameEn)} (${period(d.startDate, d.endDate)})`)))) : label('enr.survey.none', 'p', { class: 'muted' })),
    );
  }

  status.setAttribute('tabindex', '-1');
  main.replaceChildren(status, holder);
  const stop = onLangChange(() => undefined);
  enrollment
    .surveysDue()
    .then((list) => {
      due = list;
      render(params.get('cohort'));
    })
    .catch((e) => say(status, 'error', () => errorText(e)));
  return stop;
}
