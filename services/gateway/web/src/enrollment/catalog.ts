import type { User } from '../api';
import { h } from '../dom';
import { period } from '../format';
import { Key, onLangChange, t } from '../i18n';
import { CatalogItem, enrollment } from './enrollment-api';
import { badge, button, card, cell, count, courseName, field, hoursOf, label, liveMessage, named, say, sayError, table } from './ui';

/** 수강신청: the cohorts a trainee may apply for, with seats left, and an apply button on each. */
export function renderCatalog(main: HTMLElement, user: User): () => void {
  let items: CatalogItem[] = [];
  const status = liveMessage('catalog-status');
  const search = h('input', { type: 'search', autocomplete: 'off' });
  const holder = h('div', {});
  const filters = h('div', { class: 'grid' }, field('enr.catalog.search', search, 'catalog-search', 'enr.catalog.searchHint'));

  const seatsText = (c: CatalogItem) => `${count(c.free)} / ${count(c.capacity)}${c.waitlisted ? ` · ${t('enr.catalog.waiting', { n: c.waitlisted })}` : ''}`;

  async function apply(c: CatalogItem) {
    try {
      const app = await enrollment.apply(c.cohortId);
      const course = courseName(c);
      say(status, app.status === 'confirmed' ? 'success' : 'info', () => t(`enr.applied.${app.status}` as Key, { course }));
      await load();
    } catch (e) {
      sayError(status, e);
    }
  }

  function render() {
    const q = search.value.trim().toLowerCase();
    const shown = items.filter((c) => !q || `${c.courseNameKo} ${c.courseNameEn} ${c.courseCode}`.toLowerCase().includes(q));
    holder.replaceChildren(
      table(
        'enr.catalog.title',
        ['enr.col.course', 'enr.col.period', 'enr.col.hours', 'enr.col.closes', 'enr.col.seatsLeft', 'enr.col.quota', 'enr.col.action'],
        shown.map((c) => {
          const other = c.hostTenantId !== user.tenantId && c.hostTenant ? h('span', { class: 'small' }, `${t('enr.catalog.hostedBy')}: ${named(c.hostTenant.nameKo, c.hostTenant.nameEn)}`) : null;
          const action = c.myApplication && !['cancelled', 'rejected'].includes(c.myApplication.status)
            ? badge(c.myApplication.status)
            : button('enr.catalog.apply', () => apply(c), { 'data-testid': 'apply-button', 'aria-label': `${t('enr.catalog.apply')}: ${courseName(c)} ${period(c.startDate, c.endDate)}` }, true);
          const row = [
            cell(h('span', {}, h('span', { class: 'strong' }, courseName(c)), h('span', { class: 'code' }, c.courseCode ?? ''), other)),
            cell(period(c.startDate, c.endDate), { class: 'nowrap' }),
            cell(hoursOf(c), { class: 'nowrap' }),
            cell(c.applicationCloses, { class: 'nowrap' }),
            cell(seatsText(c), { class: 'num nowrap', 'data-testid': 'seats-left' }),
            cell(c.myAgencyQuota ? `${count(c.myAgencyQuota.confirmed)} / ${count(c.myAgencyQuota.seats)}` : '—', { class: 'num' }),
            cell(action),
          ];
          return row;
        }),
        { numeric: ['enr.col.seatsLeft', 'enr.col.quota'], empty: 'enr.catalog.empty', testid: 'catalog-table' },
      ),
    );
    for (const [i, tr] of [...holder.querySelectorAll('tbody tr')].entries()) if (shown[i]) tr.setAttribute('data-cohort-id', shown[i].cohortId);
  }

  async function load() {
    try {
      items = await enrollment.catalog();
      render();
    } catch (e) {
      sayError(status, e);
    }
  }

  search.addEventListener('input', render);
  main.replaceChildren(card('enr.catalog.title', 'catalog-title', label('enr.catalog.intro', 'p', { class: 'muted' }), filters, status, holder));
  const stop = onLangChange(render);
  void load();
  return stop;
}
