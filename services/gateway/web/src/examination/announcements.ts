import type { User } from '../api';
import { h } from '../dom';
import { errorText, money } from '../format';
import { onLangChange, setText, t, tMaybe } from '../i18n';
import { Exam, getAnnouncements } from './exam-api';
import { badge, heading, positionName, seoulTime, statusLine, table, td, title } from './ui';

const TENANT_KEY = 'baeum.tenant';

/** 채용 공고: every exam of an institute with its schedule, positions, fees and competition so far; open to all. */
export function renderAnnouncements(main: HTMLElement, user: User | null): () => void {
  let disposed = false;
  const status = statusLine('exam-announcements-status');
  const list = h('div', { class: 'page-stack', 'data-testid': 'exam-announcements' });
  const tenantInput = h('input', { id: 'exam-tenant', value: user?.tenantSlug ?? localStorage.getItem(TENANT_KEY) ?? 'seoul-hrd', autocomplete: 'organization', spellcheck: 'false' });
  const tenantLabel = h('label', { for: 'exam-tenant' });
  setText(tenantLabel, 'exam.tenant');
  const show = h('button', { type: 'submit', class: 'secondary' });
  setText(show, 'exam.show');
  const picker = h('form', { class: 'actions' }, tenantLabel, tenantInput, show);
  let exams: Exam[] = [];

  const schedule = (e: Exam) =>
    h('dl', { class: 'schedule' },
      ...([
        ['exam.announcedOn', e.announcedOn],
        ['exam.applicationPeriod', `${seoulTime(e.applicationOpensAt)} ~ ${seoulTime(e.applicationClosesAt)}`],
        ['exam.writtenExamOn', e.writtenExamOn ?? '—'],
        ['exam.interviews', e.interviewStartsOn ? `${e.interviewStartsOn} ~ ${e.interviewEndsOn ?? ''}` : '—'],
        ['exam.resultOn', e.resultOn],
      ] as const).flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]),
    );

  const render = () => {
    if (exams.length === 0) {
      list.replaceChildren(h('p', { class: 'empty' }, t('exam.noExams')));
      return;
    }
    list.replaceChildren(...exams.map((e) => {
      const head = h('div', { class: 'actions' }, heading('h2', () => title(e)), badge(`exam.phase.${e.phase}`, e.phase, e.phase === 'accepting' ? '' : 'pending'));
      const selection = h('p', {}, `${t('exam.selection')}: ${t('people', { n: e.selectionPlanned.toLocaleString('ko-KR') })}${e.selectionTentative ? ` ${t('exam.tentative')}` : ''}`);
      const rows = e.positions.map((p) =>
        h('tr', { 'data-testid': 'exam-position-row' },
          td(h('span', { class: 'strong' }, positionName(p))),
          td(tMaybe(`exam.track.${p.track}`, p.track)),
          td(t('people', { n: p.openings.toLocaleString('ko-KR') }), 'num'),
          td(money(p.fee), 'num nowrap'),
          td(t('people', { n: p.applicants.toLocaleString('ko-KR') }), 'num'),
          td(`${p.competitionRatio.toFixed(1)} : 1`, 'num nowrap'),
          td(user?.role === 'applicant' && e.phase === 'accepting'
            ? h('a', { href: `#/exam-apply?exam=${e.id}&position=${p.id}`, 'data-testid': 'exam-apply-link' }, t('exam.applyHere'))
            : e.phase === 'accepting' && !user ? h('a', { href: '#/exam-signup' }, t('exam.signUpToApply')) : ''),
        ),
      );
      return h('section', { class: 'card', 'aria-label': title(e) },
        head, selection, schedule(e),
        table('exam.positionsCaption', ['exam.col.position', 'exam.col.track', 'exam.col.openings', 'exam.col.fee', 'exam.col.applicants', 'exam.col.ratio', 'exam.col.apply'], rows, ['exam.col.openings', 'exam.col.fee', 'exam.col.applicants', 'exam.col.ratio']),
      );
    }));
  };

  async function load() {
    setText(status, 'exam.loading');
    try {
      const answer = await getAnnouncements(tenantInput.value.trim());
      if (disposed) return;
      localStorage.setItem(TENANT_KEY, tenantInput.value.trim());
      // Open rounds first, then the newest.
      exams = answer.exams.sort((a, b) => Number(b.phase === 'accepting') - Number(a.phase === 'accepting') || b.year - a.year || b.roundNo - a.roundNo);
      setText(status, null);
      render();
    } catch (e) {
      if (!disposed) setText(status, () => errorText(e));
    }
  }

  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  const intro = h('p', { class: 'muted' });
  setText(intro, 'exam.announcementsIntro');
  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.announcements'), intro, user ? null : picker, status), list);
  void load();
  const stopLang = onLangChange(render);
  return () => {
    disposed = true;
    stopLang();
  };
}
