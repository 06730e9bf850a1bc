import type { User } from '../api';
import { h } from '../dom';
import { period } from '../format';
import { currentLang, onLangChange, t, tMaybe } from '../i18n';
import { Application, enrollment, Notice } from './enrollment-api';
import { badge, button, card, cell, courseName, hoursOf, liveMessage, named, say, sayError, table } from './ui';

/** 나의 교육: the trainee's schedule, applications (at every institute), certificates, surveys due and notices. */
export function renderMyTraining(main: HTMLElement, _user: User): () => void {
  let apps: Application[] = [];
  let notices: Notice[] = [];
  const status = liveMessage('my-status');
  const schedule = h('div', {});
  const list = h('div', {});
  const noticeList = h('ul', { class: 'notices', 'data-testid': 'notices' });

  const statusOf = (a: Application) => {
    const extra = a.status === 'waitlisted' && a.waitlistPosition ? ` ${t('enr.my.position', { n: a.waitlistPosition })}` : a.status === 'pending' && a.awaiting ? ` (${tMaybe(`enr.awaiting.${a.awaiting}`, a.awaiting)})` : '';
    return badge(a.status, extra);
  };

  function completion(a: Application): Node {
    if (a.completionStatus === 'completed') {
      return h('span', {}, badge('completed'), ' ', button('enr.my.certificate', () => enrollment.certificate(a.id, a.certificateNo!).catch((e) => sayError(status, e)), { 'data-testid': 'certificate-button' }));
    }
    if (a.completionStatus === 'not_completed') return badge('not_completed');
    if (a.progressPercent !== null) return h('span', {}, t('enr.my.progress', { n: a.progressPercent }));
    return h('span', {}, '—');
  }

  function actions(a: Application): Node {
    const parts: Node[] = [];
    if (a.surveyDue) parts.push(h('a', { href: `#/survey?cohort=${a.cohortId}`, 'data-testid': 'survey-link' }, t('enr.my.survey')));
    if (a.canCancel) {
      parts.push(
        button('enr.my.cancel', async () => {
          if (!confirm(t('enr.my.cancelConfirm', { course: a.cohort ? courseName(a.cohort) : '' }))) return;
          try {
            await enrollment.cancel(a.id);
            say(status, 'success', () => t('enr.my.cancelled'));
            await load();
          } catch (e) {
            sayError(status, e);
          }
        }, { 'data-testid': 'cancel-button' }),
      );
    }
    return h('div', { class: 'actions' }, ...parts);
  }

  function render() {
    const today = new Date().toISOString().slice(0, 10);
    const upcoming = apps.filter((a) => a.status === 'confirmed' && a.cohort && a.cohort.endDate >= today).sort((x, y) => x.cohort!.startDate.localeCompare(y.cohort!.startDate));
    schedule.replaceChildren(
      table('enr.my.schedule', ['enr.col.course', 'enr.col.period', 'enr.col.hours', 'enr.col.host'], upcoming.map((a) => [cell(courseName(a.cohort!)), cell(period(a.cohort!.startDate, a.cohort!.endDate), { class: 'nowrap' }), cell(hoursOf(a.cohort!)), cell(a.hostTenant ? named(a.hostTenant.nameKo, a.hostTenant.nameEn) : '')]), { empty: 'enr.my.noSchedule', testid: 'my-schedule' }),
    );
    list.replaceChildren(
      table(
        'enr.my.applications',
        ['enr.col.course', 'enr.col.period', 'enr.col.status', 'enr.col.completion', 'enr.col.action'],
        apps.map((a) => [cell(a.cohort ? courseName(a.cohort) : a.cohortId), cell(a.cohort ? period(a.cohort.startDate, a.cohort.endDate) : '', { class: 'nowrap' }), cell(statusOf(a), { 'data-testid': 'application-status' }), cell(completion(a)), cell(actions(a))]),
        { empty: 'enr.my.noApplications', testid: 'my-applications' },
      ),
    );
    noticeList.replaceChildren(...(notices.length ? notices.map((n) => h('li', {}, h('span', { class: 'small muted' }, new Date(n.createdAt).toLocaleString(currentLang() === 'ko' ? 'ko-KR' : 'en-GB')), currentLang() === 'ko' ? n.messageKo : n.messageEn)) : [h('li', { class: 'muted' }, t('enr.my.noNotices'))]));
  }

  async function load() {
    try {
      [apps, notices] = await Promise.all([enrollment.mine(), enrollment.notifications()]);
      render();
    } catch (e) {
      sayError(status, e);
    }
  }

  main.replaceChildren(status, card('enr.my.schedule', 'my-schedule-title', schedule), card('enr.my.applications', 'my-applications-title', list), card('enr.my.notices', 'my-notices-title', noticeList));
  const stop = onLangChange(render);
  void load();
  return stop;
}
