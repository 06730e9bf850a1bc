import type { User } from '../api';
import { h } from '../dom';
import { currentLang, Key, setText, t } from '../i18n';
import { Book, BookRow, configureBook, getBook, getNotices, getYears, Notice, openYear } from './api';
import './finance.css';
import { renderLineDetail } from './line-detail';
import { actionForm, amountOf, cell, dataTable, heading, input, liveStatus, named, numCell, screenLoader, term, textOf, won } from './ui';
import { thisFiscalYear, yearPicker } from './years';

/** Roles that keep the book (open years, amend, plan, set rules); the finance service checks again. */
export const BOOK_KEEPERS = ['admin', 'planner', 'finance_officer'];
export const bookHash = (fiscalYear: number, code?: string) => `#/finance-book?fiscalYear=${fiscalYear}${code ? `&code=${encodeURIComponent(code)}` : ''}`;

export function controlBadge(control: string | null): HTMLElement | null {
  if (!control) return null;
  return textOf('span', `fin.control.${control}` as Key, { class: `badge ${control}` });
}

/** 예산서: a year's expenditure tree and revenue lines with what is committed, paid and left. */
export function renderBudgetBook(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  const fiscalYear = Number(params.get('fiscalYear')) || thisFiscalYear();
  const code = params.get('code');
  if (code) return renderLineDetail(main, user, fiscalYear, code);

  let book: Book | null = null;
  let notes: Notice[] = [];
  /** What refills once the book has loaded (the rules form). */
  const onBook: (() => void)[] = [];
  const keeper = BOOK_KEEPERS.includes(user.role);
  const status = liveStatus('book-status');
  const toolbar = h('div', { class: 'toolbar' });
  const origin = h('p', { class: 'muted' });
  const notices = h('ul', { 'data-testid': 'book-notices' });
  const noticesCard = h('section', { class: 'card', 'aria-labelledby': 'book-notices-title', hidden: true }, heading('h2', 'fin.notices', 'book-notices-title'), notices);

  const headers: Key[] = ['fin.col.line', 'fin.col.budget', 'fin.col.committed', 'fin.col.paid', 'fin.col.remaining', 'fin.col.rate', 'fin.col.planned', 'fin.col.control'];
  const expenditure = dataTable('book-expenditure', () => t('fin.expenditureCaption', { year: fiscalYear }), headers, [1, 2, 3, 4, 5, 6]);
  const revenue = dataTable('book-revenue', () => t('fin.revenueCaption', { year: fiscalYear }), ['fin.col.line', 'fin.col.covers', 'fin.col.revenueBudget', 'fin.col.collected', 'fin.col.collectionRate'], [2, 3, 4]);

  const nameCell = (row: BookRow) => {
    const name = row.level === 'unit' ? h('a', { href: bookHash(fiscalYear, row.code), 'data-testid': `book-line-${row.code}` }, named(row)) : h('span', {}, named(row));
    return h('td', { class: `indent-${row.depth}` }, name, row.level === 'total' ? null : h('span', { class: 'code' }, row.code));
  };

  function renderTables(): void {
    if (!book) return;
    expenditure.tbody.replaceChildren(...book.expenditure.map((row) =>
      h('tr', { class: `level-${row.level}`, 'data-code': row.code },
        nameCell(row),
        numCell(won(row.amount)),
        numCell(won(row.committed)),
        numCell(won(row.paid)),
        numCell(won(row.remaining)),
        numCell(row.rate.printed),
        numCell(won(row.planned)),
        h('td', {}, controlBadge(row.control), row.held && row.held.count > 0 ? h('span', { class: 'badge held' }, t('fin.heldBadge', { count: row.held.count, amount: won(row.held.amount) })) : null),
      )));
    revenue.tbody.replaceChildren(...book.revenue.map((line) =>
      h('tr', {},
        h('td', {}, h('a', { href: bookHash(fiscalYear, line.code) }, named(line)), h('span', { class: 'code' }, line.code)),
        cell((currentLang() === 'ko' ? line.noteKo : line.noteEn) ?? ''),
        numCell(won(line.amount)),
        numCell(won(line.collected)),
        numCell(line.rate.printed),
      )));
    setText(origin, () => (book!.carriedFrom ? t('fin.carriedFrom', { year: book!.carriedFrom, name: book!.openedByName }) : t('fin.openedBy', { name: book!.openedByName })));
  }

  function renderNotices(): void {
    noticesCard.hidden = notes.length === 0;
    notices.replaceChildren(...notes.slice(0, 10).map((n) => {
      const li = h('li', {}, h('a', { href: bookHash(n.fiscalYear, n.budgetLineCode) }, `${n.fiscalYear} ${named(n)} (${n.budgetLineCode})`), ' ');
      li.append(n.kind === 'threshold'
        ? t('fin.notice.threshold', { percent: n.thresholdPercent ?? '', executed: won(n.amount), budget: won(n.currentBudget) })
        : t('fin.notice.held', { amount: won(n.amount) }));
      return li;
    }));
  }

  const sections: HTMLElement[] = [];
  const bookCard = h('section', { class: 'card', 'aria-labelledby': 'book-title' },
    heading('h1', () => t('fin.bookTitle', { year: fiscalYear }), 'book-title'),
    toolbar, origin, status,
    heading('h2', 'fin.expenditure', 'book-expenditure-title'), expenditure.region,
    heading('h2', 'fin.revenue', 'book-revenue-title'), revenue.region,
  );
  sections.push(bookCard, noticesCard);

  const rulesList = h('dl', { class: 'summary-grid', 'data-testid': 'book-rules' });
  const renderRules = () => {
    if (!book) return;
    const { mealLineCode, mealCostPerDay, feeRevenueLineCode } = book.rules;
    rulesList.replaceChildren(
      term('fin.rules.mealLine', mealLineCode ?? '—'),
      term('fin.rules.mealCost', mealCostPerDay ? `${won(mealCostPerDay)}${t('fin.wonUnit')}` : '—'),
      term('fin.rules.feeLine', feeRevenueLineCode ?? '—'),
    );
  };
  sections.push(h('section', { class: 'card', 'aria-labelledby': 'book-rules-title' }, heading('h2', 'fin.rules.title', 'book-rules-title'), textOf('p', 'fin.rules.intro', { class: 'muted' }), rulesList));

  if (keeper) {
    const mealLine = input('text', { spellcheck: 'false', autocapitalize: 'characters' });
    const mealCost = input('number', { min: '0', step: '1', inputmode: 'numeric' });
    const feeLine = input('text', { spellcheck: 'false', autocapitalize: 'characters' });
    sections.push(actionForm({
      id: 'book-rules-form',
      title: 'fin.rules.edit',
      fields: [
        { name: 'mealLineCode', label: 'fin.rules.mealLine', input: mealLine },
        { name: 'mealCostPerDay', label: 'fin.rules.mealCost', input: mealCost },
        { name: 'feeRevenueLineCode', label: 'fin.rules.feeLine', input: feeLine },
      ],
      submit: 'fin.save',
      onSubmit: async () => {
        book = await configureBook(fiscalYear, { mealLineCode: mealLine.value.trim() || null, mealCostPerDay: mealCost.value === '' ? null : amountOf(mealCost), feeRevenueLineCode: feeLine.value.trim() || null });
        renderRules();
      },
    }));
    const fillRules = () => {
      mealLine.value = book?.rules.mealLineCode ?? '';
      mealCost.value = book?.rules.mealCostPerDay ?? '';
      feeLine.value = book?.rules.feeRevenueLineCode ?? '';
    };
    onBook.push(fillRules);

    const newYear = input('number', { min: '2000', max: '2100', step: '1', inputmode: 'numeric' });
    const copyFrom = input('number', { min: '2000', max: '2100', step: '1', inputmode: 'numeric' });
    sections.push(actionForm({
      id: 'book-open',
      title: 'fin.open.title',
      fields: [
        { name: 'fiscalYear', label: 'fin.open.year', input: newYear },
        { name: 'copyFrom', label: 'fin.open.copyFrom', input: copyFrom, hint: 'fin.open.copyFromHint' },
      ],
      submit: 'fin.open.submit',
      onSubmit: async () => {
        const opened = await openYear(Number(newYear.value), copyFrom.value ? Number(copyFrom.value) : undefined);
        location.hash = bookHash(opened.fiscalYear);
      },
    }));
  }
  main.replaceChildren(...sections);

  const loader = screenLoader(status, () => {
    renderTables();
    renderRules();
    renderNotices();
  });
  void loader.load(async () => {
    const [years, loaded, latest] = await Promise.all([getYears(), getBook(fiscalYear), getNotices().catch(() => [] as Notice[])]);
    return () => {
      book = loaded;
      notes = latest;
      toolbar.replaceChildren(yearPicker('book-year', years, fiscalYear, (y) => bookHash(y)));
      onBook.forEach((fill) => fill());
    };
  });
  return loader.dispose;
}
