import { User } from '../api';
import { h } from '../dom';
import { errorText, period } from '../format';
import { currentLang, Key, localize, onLangChange, t } from '../i18n';
import { api, Share, SuggestedHours, SurveyResults, SurveyView } from './api';
import { card, cell, clearErrors, dataTable, emptyRow, Field, field, num, numCell, say, showErrors, status, txt } from './ui';

const STAFF = ['admin', 'planner', 'course_manager'];
const CONSTRAINTS = ['childcare', 'eldercare', 'commute', 'shift_work', 'health', 'workload'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const title = (s: SurveyView) => (currentLang() === 'ko' ? s.titleKo : s.titleEn);

/**
 * 수요조사: staff see the surveys, open new ones and read the results (the shares, when people
 * can come, and the daily hours that suit most of them); trainees answer the open ones.
 */
export function renderSurveys(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  let disposed = false;
  const staff = STAFF.includes(user.role);
  const pageStatus = status('surveys-status');
  const stops: (() => void)[] = [];
  const surveyId = params.get('id');

  async function load(): Promise<void> {
    const surveys = await api.surveys();
    if (disposed) return;
    if (staff && surveyId) return renderResults(surveys.find((s) => s.id === surveyId));
    if (staff) return renderList(surveys);
    return renderAnswering(surveys.filter((s) => s.open));
  }

  function renderList(surveys: SurveyView[]): void {
    const table = dataTable('cur.surveys.title', [{ key: 'cur.surveys.survey' }, { key: 'cur.surveys.period' }, { key: 'cur.surveys.responses', numeric: true }, { key: 'col.status' }], 'surveys-table');
    table.tbody.replaceChildren(...(surveys.length === 0 ? [emptyRow(4, 'cur.surveys.none')] : surveys.map((s) => h('tr', { 'data-testid': 'survey-row' },
      h('td', {}, h('a', { href: `#/surveys?id=${s.id}` }, title(s)), s.generated ? txt('span', 'cur.generated', { class: 'badge generated', title: t('cur.generatedHint') }) : null),
      cell(period(s.opensOn, s.closesOn)), numCell(s.responses), cell(t(s.open ? 'cur.surveys.open' : 'cur.surveys.closed'))))));
    main.replaceChildren(card('cur.surveys.title', 'surveys-title', txt('p', 'cur.surveys.intro', { class: 'muted' }), pageStatus, table.region), createForm());
  }

  function createForm(): HTMLElement {
    const formStatus = status('survey-form-status');
    const fields: Record<string, Field> = {
      titleKo: field('survey-title-ko', 'cur.course.nameKo', h('input', { type: 'text' })),
      titleEn: field('survey-title-en', 'cur.course.nameEn', h('input', { type: 'text' })),
      opensOn: field('survey-opens', 'cur.surveys.opens', h('input', { type: 'date' })),
      closesOn: field('survey-closes', 'cur.surveys.closes', h('input', { type: 'date' })),
    };
    const form = h('form', { class: 'grid', novalidate: true }, ...Object.values(fields).map((f) => f.wrap), h('div', { class: 'actions' }, txt('button', 'cur.surveys.create', { type: 'submit', class: 'primary' }), formStatus));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(fields);
      try {
        await api.createSurvey(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.input.value.trim()])));
        await load();
      } catch (e) {
        say(formStatus, 'error', () => showErrors(fields, e));
      }
    });
    return h('details', { class: 'card' }, txt('summary', 'cur.surveys.new', { class: 'strong' }), form);
  }

  function renderResults(survey: SurveyView | undefined): void {
    const hours = h('input', { type: 'number', id: 'survey-hours', min: '1', max: '12', step: '0.5', value: '6', 'data-testid': 'survey-hours' });
    const holder = h('div', { 'aria-live': 'polite' });
    const back = txt('a', 'cur.surveys.back', { href: '#/surveys' });
    if (!survey) {
      main.replaceChildren(back, txt('p', 'cur.surveys.notFound', { class: 'message error' }));
      return;
    }
    const show = async () => {
      const r = await api.surveyResults(survey.id, Number(hours.value) || 6);
      if (!disposed) holder.replaceChildren(...resultParts(r));
    };
    hours.addEventListener('change', () => void show().catch((e) => say(pageStatus, 'error', () => errorText(e))));
    main.replaceChildren(
      back,
      h('section', { class: 'card', 'aria-labelledby': 'survey-title' }, h('h1', { id: 'survey-title' }, title(survey)), h('p', { class: 'muted' }, period(survey.opensOn, survey.closesOn)), survey.sourceNote ? h('p', { class: 'hint' }, localize(survey.sourceNote)) : null,
        h('div', { class: 'field narrow' }, txt('label', 'cur.surveys.hoursPerDay', { for: 'survey-hours' }), hours), pageStatus),
      holder,
    );
    stops.push(onLangChange(() => void show()));
    void show().catch((e) => say(pageStatus, 'error', () => errorText(e)));
  }

  function share(labelKey: Key, s: Share, testid: string): HTMLElement {
    return h('div', { class: 'stat', 'data-testid': testid },
      h('span', { class: 'stat-value' }, `${s.share}%`),
      txt('span', labelKey, { class: 'stat-label' }),
      h('span', { class: 'small' }, t('cur.surveys.ofRespondents', { n: num(s.count) })),
      h('div', { class: 'bar', role: 'presentation' }, h('span', { style: `width:${s.share}%` })));
  }

  function suggestion(s: SuggestedHours | null, key: Key, testid: string): HTMLElement {
    if (!s) return txt('p', 'cur.surveys.noSuggestion', { class: 'muted' });
    return h('div', { class: 'suggestion', 'data-testid': testid },
      h('p', {}, txt('span', key, { class: 'strong' }), ' ', h('span', { class: 'stat-value small-value' }, `${s.dailyStartTime}–${s.dailyEndTime}`)),
      h('p', { class: 'small' }, t('cur.surveys.attendable', { n: num(s.attendable), of: num(s.respondents), share: s.share })),
      h('a', { href: `#/cohorts?start=${s.dailyStartTime}&end=${s.dailyEndTime}` }, t('cur.surveys.scheduleWith')));
  }

  function resultParts(r: SurveyResults): HTMLElement[] {
    const distribution = (captionKey: Key, rows: Share[], labelOf: (code: string) => string) => {
      const table = dataTable(captionKey, [{ key: captionKey }, { key: 'cur.surveys.responses', numeric: true }, { key: 'cur.col.share', numeric: true }], `survey-${captionKey}`);
      table.tbody.replaceChildren(...rows.map((s) => h('tr', {}, cell(labelOf(s.code)), numCell(s.count), numCell(`${s.share}%`))));
      return h('div', {}, txt('h3', captionKey), table.region);
    };
    return [
      card('cur.surveys.shares', 'shares-title',
        h('p', { class: 'muted' }, t('cur.surveys.respondents', { n: num(r.respondents) })),
        h('div', { class: 'stats' }, share('cur.surveys.hardDueToChildcare', r.hardDueToChildcare, 'share-childcare-hard'), share('cur.surveys.wantsChildcareFriendly', r.wantsChildcareFriendly, 'share-childcare-friendly'))),
      card('cur.surveys.suggestion', 'suggestion-title', suggestion(r.suggestion, 'cur.surveys.suggestAll', 'suggestion-all'), suggestion(r.childcareSuggestion, 'cur.surveys.suggestChildcare', 'suggestion-childcare')),
      card('cur.surveys.details', 'details-title', h('div', { class: 'grid' },
        distribution('cur.surveys.constraints', r.constraints, (c) => t(`cur.constraint.${c}` as Key)),
        distribution('cur.surveys.days', r.preferredDays, (d) => t(`cur.day.${d}` as Key)),
        distribution('cur.surveys.earliest', r.earliestStarts, (x) => x),
        distribution('cur.surveys.latest', r.latestEnds, (x) => x))),
    ];
  }

  function renderAnswering(open: SurveyView[]): void {
    if (open.length === 0) {
      main.replaceChildren(card('cur.surveys.title', 'surveys-title', txt('p', 'cur.surveys.noneOpen', { class: 'muted' })));
      return;
    }
    main.replaceChildren(...open.map((s) => answerForm(s)));
  }

  function answerForm(s: SurveyView): HTMLElement {
    const formStatus = status(`answer-status-${s.id}`);
    const id = (name: string) => `answer-${name}-${s.id}`;
    const yesNo = (name: string, key: Key) => {
      const box = h('input', { type: 'checkbox', id: id(name), 'data-testid': `answer-${name}` });
      return { box, wrap: h('div', { class: 'check' }, box, txt('label', key, { for: id(name) })) };
    };
    const hard = yesNo('hard', 'cur.surveys.hardDueToChildcare');
    const friendly = yesNo('friendly', 'cur.surveys.wantsChildcareFriendly');
    const fields: Record<string, Field> = {
      earliestStart: field(id('earliest'), 'cur.surveys.earliest', h('input', { type: 'time', value: '09:00', step: '1800' })),
      latestEnd: field(id('latest'), 'cur.surveys.latest', h('input', { type: 'time', value: '18:00', step: '1800' })),
    };
    const group = (legend: Key, name: string, values: string[], keyOf: (v: string) => Key) =>
      h('fieldset', { class: 'field wide' }, txt('legend', legend), h('div', { class: 'checks' }, ...values.map((v) => {
        const box = h('input', { type: 'checkbox', id: id(`${name}-${v}`), value: v, name });
        return h('div', { class: 'check' }, box, txt('label', keyOf(v), { for: id(`${name}-${v}`) }));
      })));
    const days = group('cur.surveys.days', 'days', DAYS, (d) => `cur.day.${d}` as Key);
    const constraints = group('cur.surveys.constraints', 'constraints', CONSTRAINTS, (c) => `cur.constraint.${c}` as Key);
    const submit = txt('button', 'cur.surveys.submit', { type: 'submit', class: 'primary', 'data-testid': 'answer-submit' });
    const form = h('form', { novalidate: true, class: 'grid' }, hard.wrap, friendly.wrap, fields.earliestStart.wrap, fields.latestEnd.wrap, days, constraints, h('div', { class: 'actions' }, submit, formStatus));
    const checked = (el: HTMLElement) => [...el.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(fields);
      try {
        await api.answerSurvey(s.id, { hardDueToChildcare: hard.box.checked, wantsChildcareFriendly: friendly.box.checked, earliestStart: fields.earliestStart.input.value.slice(0, 5), latestEnd: fields.latestEnd.input.value.slice(0, 5), preferredDays: checked(days).length ? checked(days) : undefined, constraints: checked(constraints) });
        say(formStatus, 'success', 'cur.surveys.thanks');
        submit.disabled = true;
      } catch (e) {
        say(formStatus, 'error', () => showErrors(fields, e));
      }
    });
    void api.myResponse(s.id).then(({ response }) => {
      if (response && !disposed) {
        say(formStatus, 'info', 'cur.surveys.already');
        submit.disabled = true;
      }
    }).catch(() => undefined);
    return h('section', { class: 'card', 'aria-labelledby': id('title') }, h('h2', { id: id('title') }, title(s)), h('p', { class: 'muted' }, period(s.opensOn, s.closesOn)), form);
  }

  load().catch((e) => {
    main.replaceChildren(pageStatus);
    say(pageStatus, 'error', () => errorText(e));
  });
  return () => {
    disposed = true;
    stops.forEach((stop) => stop());
  };
}
