import { ApiError, User } from '../api';
import { h } from '../dom';
import { errorText } from '../format';
import { localize, setText, t } from '../i18n';
import { getBook, getLine, getYears, LineDetail, PlanRow, revisePlan } from './api';
import { bookHash } from './budget-book';
import './finance.css';
import { dataTable, heading, input, liveStatus, named, screenLoader, showStatus, textOf, won } from './ui';
import { thisFiscalYear, yearPicker } from './years';

const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;
const planHash = (fiscalYear: number, code?: string) => `#/finance-plan?fiscalYear=${fiscalYear}${code ? `&code=${encodeURIComponent(code)}` : ''}`;
const sumOf = (values: string[]) => values.reduce((sum, v) => sum + (/^\d+$/.test(v) ? BigInt(v) : 0n), 0n);

/** 분기별 예산집행 계획: edit a line's plan rows (one per program) against its current budget. */
export function renderQuarterlyPlan(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  const fiscalYear = Number(params.get('fiscalYear')) || thisFiscalYear();
  const code = params.get('code');
  let detail: LineDetail | null = null;
  const status = liveStatus('plan-status');
  const loadStatus = liveStatus('plan-load-status');
  const toolbar = h('div', { class: 'toolbar' });
  const table = dataTable('plan-table', 'fin.plan', ['fin.col.program', 'fin.col.programEn', 'fin.col.q1', 'fin.col.q2', 'fin.col.q3', 'fin.col.q4', 'fin.col.rowTotal', 'fin.col.remove'], [2, 3, 4, 5, 6]);
  const totals = h('p', { class: 'message info', 'aria-live': 'polite', 'data-testid': 'plan-totals' });
  const reason = input('text', { id: 'plan-reason', 'data-testid': 'plan-reason', maxlength: '500', 'aria-describedby': 'plan-reason-error' });
  const reasonError = h('p', { id: 'plan-reason-error', class: 'field-error' });
  const addRow = textOf('button', 'fin.plan.addRow', { type: 'button', class: 'secondary', 'data-testid': 'plan-add-row' });
  const save = textOf('button', 'fin.save', { type: 'submit', class: 'primary', 'data-testid': 'plan-save' });
  const editorTitle = h('h2', { id: 'plan-editor-title' });
  const editor = h('form', { class: 'card', 'aria-labelledby': 'plan-editor-title', novalidate: true, hidden: true },
    editorTitle,
    table.region, h('div', { class: 'actions' }, addRow), totals,
    h('div', { class: 'field' }, textOf('label', 'fin.reason', { for: 'plan-reason' }), reason, reasonError),
    h('div', { class: 'actions' }, save, status),
  );

  const rowInputs = (row: PlanRow) => {
    const cells = {
      labelKo: input('text', { value: row.labelKo, 'aria-label': t('fin.col.program'), maxlength: '200', class: 'plan-label' }),
      labelEn: input('text', { value: row.labelEn, 'aria-label': t('fin.col.programEn'), maxlength: '200', class: 'plan-label' }),
      ...Object.fromEntries(QUARTERS.map((q, i) => [q, input('number', { value: row[q], min: '0', step: '1', inputmode: 'numeric', class: 'plan-input', 'aria-label': t(`fin.col.q${i + 1}` as 'fin.col.q1'), 'data-testid': `plan-${q}` })])),
    } as Record<'labelKo' | 'labelEn' | (typeof QUARTERS)[number], HTMLInputElement>;
    const total = h('td', { class: 'num nowrap' });
    const remove = textOf('button', 'fin.plan.removeRow', { type: 'button', class: 'secondary' });
    const tr = h('tr', { 'data-testid': 'plan-row' }, h('td', {}, cells.labelKo), h('td', {}, cells.labelEn), ...QUARTERS.map((q) => h('td', {}, cells[q])), total, h('td', {}, remove));
    remove.addEventListener('click', () => {
      tr.remove();
      updateTotals();
    });
    tr.addEventListener('input', updateTotals);
    return { tr, cells, total };
  };
  let rows: ReturnType<typeof rowInputs>[] = [];

  function updateTotals(): void {
    rows = rows.filter((r) => r.tr.isConnected);
    for (const r of rows) r.total.textContent = won(sumOf(QUARTERS.map((q) => r.cells[q].value)).toString());
    if (!detail) return;
    const planned = rows.reduce((sum, r) => sum + sumOf(QUARTERS.map((q) => r.cells[q].value)), 0n);
    const budget = BigInt(detail.line.amount);
    totals.className = `message ${planned > budget ? 'error' : 'info'}`;
    setText(totals, () => t('fin.plan.totals', { planned: won(planned.toString()), budget: won(budget.toString()), left: won((budget - planned).toString()) }));
  }

  function fill(): void {
    if (!detail) return;
    setText(editorTitle, () => `${named(detail!.line)} (${detail!.line.code})`);
    rows = detail.plan.map(rowInputs);
    table.tbody.replaceChildren(...rows.map((r) => r.tr));
    editor.hidden = false;
    updateTotals();
  }

  addRow.addEventListener('click', () => {
    const row = rowInputs({ labelKo: '', labelEn: '', q1: '0', q2: '0', q3: '0', q4: '0' });
    rows.push(row);
    table.tbody.append(row.tr);
    row.cells.labelKo.focus();
    updateTotals();
  });

  editor.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!detail || !code) return;
    for (const el of editor.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    setText(reasonError, null);
    save.disabled = true;
    try {
      const number = (el: HTMLInputElement) => (el.value.trim() === '' ? '' : Number(el.value));
      detail = await revisePlan(fiscalYear, code, {
        rows: rows.map((r) => ({ labelKo: r.cells.labelKo.value, labelEn: r.cells.labelEn.value || undefined, q1: number(r.cells.q1), q2: number(r.cells.q2), q3: number(r.cells.q3), q4: number(r.cells.q4) })),
        reason: reason.value,
      });
      fill();
      showStatus(status, 'success', 'fin.saved');
    } catch (e) {
      for (const { field, messages } of e instanceof ApiError ? e.errors : []) {
        const [, index, name] = /^rows\.(\d+)\.(\w+)$/.exec(field) ?? [];
        const target = index !== undefined ? rows[Number(index)]?.cells[name as 'q1'] : field === 'reason' ? reason : null;
        target?.setAttribute('aria-invalid', 'true');
        if (field === 'reason') setText(reasonError, () => messages.map(localize).join(' · '));
      }
      showStatus(status, 'error', () => errorText(e));
      editor.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      save.disabled = false;
    }
  });

  main.replaceChildren(
    h('section', { class: 'card', 'aria-labelledby': 'plan-title' }, heading('h1', () => t('fin.plan.title', { year: fiscalYear }), 'plan-title'), textOf('p', 'fin.plan.intro', { class: 'muted' }), toolbar, loadStatus),
    editor,
  );

  const loader = screenLoader(loadStatus, updateTotals);
  void loader.load(async () => {
    const [years, book] = await Promise.all([getYears(), getBook(fiscalYear)]);
    const chosen = code ? await getLine(fiscalYear, code) : null;
    return () => {
      const lines = book.expenditure.filter((r) => r.level === 'unit');
      const choose = h('select', { id: 'plan-line', 'data-testid': 'plan-line' }, h('option', { value: '' }, t('fin.plan.chooseLine')), ...lines.map((l) => h('option', { value: l.code }, `${named(l)} (${l.code}) — ${won(l.amount)}`)));
      choose.value = code ?? '';
      choose.addEventListener('change', () => (location.hash = planHash(fiscalYear, choose.value || undefined)));
      toolbar.replaceChildren(yearPicker('plan-year', years, fiscalYear, (y) => planHash(y)), h('div', { class: 'field' }, textOf('label', 'fin.plan.line', { for: 'plan-line' }), choose), textOf('a', 'fin.backToBook', { href: bookHash(fiscalYear, code ?? undefined) }));
      detail = chosen;
      fill();
    };
  });
  return loader.dispose;
}
