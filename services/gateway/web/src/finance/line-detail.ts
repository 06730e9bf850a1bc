import type { User } from '../api';
import { h } from '../dom';
import { currentLang, Key, setText, t, tMaybe } from '../i18n';
import { amend, commit, commitmentAction, configureLine, getLine, getOfficers, LineDetail, Officer, reverseEntry } from './api';
import { BOOK_KEEPERS, bookHash, controlBadge } from './budget-book';
import { actionForm, amountOf, cell, dataTable, FormField, heading, input, liveStatus, named, numCell, screenLoader, select, term, textOf, won } from './ui';

const LEDGER_KEEPERS = ['admin', 'finance_officer'];
const instant = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

/** A line's page: its amounts, settings, amendments, plan, commitments, and every entry with the event behind it. */
export function renderLineDetail(main: HTMLElement, user: User, fiscalYear: number, code: string): () => void {
  let detail: LineDetail | null = null;
  let officers: Officer[] = [];
  const keeper = BOOK_KEEPERS.includes(user.role);
  const ledgerKeeper = LEDGER_KEEPERS.includes(user.role);
  const status = liveStatus('line-status');
  const title = h('h1', { id: 'line-title' });
  const summary = h('dl', { class: 'summary-grid', 'data-testid': 'line-summary' });
  const back = textOf('a', 'fin.backToBook', { href: bookHash(fiscalYear) });

  const commitments = dataTable('line-commitments', 'fin.commitments', ['fin.col.recordedAt', 'fin.col.description', 'fin.col.cause', 'fin.col.status', 'fin.col.asked', 'fin.col.committed', 'fin.col.paid'], [4, 5, 6]);
  const entries = dataTable('line-entries', 'fin.entries', ['fin.col.bookedOn', 'fin.col.kind', 'fin.col.amount', 'fin.col.reason', 'fin.col.recordedBy', 'fin.col.event', 'fin.col.correction'], [2]);
  const amendments = dataTable('line-amendments', 'fin.amendments', ['fin.col.effectiveOn', 'fin.col.amendmentKind', 'fin.col.amount', 'fin.col.amountAfter', 'fin.col.reason', 'fin.col.recordedBy'], [2, 3]);
  const plan = dataTable('line-plan', 'fin.plan', ['fin.col.program', 'fin.col.q1', 'fin.col.q2', 'fin.col.q3', 'fin.col.q4'], [1, 2, 3, 4]);
  const entryCount = h('p', { class: 'muted' });

  // Forms that change the line: each reloads the page's figures when it succeeds.
  const control = select(['stop', 'warn', 'ignore'].map((c) => ({ value: c, label: () => t(`fin.control.${c}` as Key) })));
  const officer = h('select');
  const settingsForm = actionForm({
    id: 'line-settings',
    title: 'fin.settings',
    fields: [
      { name: 'control', label: 'fin.col.control', input: control, hint: 'fin.controlHint' },
      { name: 'officerUserId', label: 'fin.officer', input: officer },
    ],
    submit: 'fin.save',
    onSubmit: async () => {
      detail = await configureLine(fiscalYear, code, { control: control.value, officerUserId: officer.value || null });
      render();
    },
  });

  const amount = input('number', { min: '1', step: '1', inputmode: 'numeric' });
  const bookedOn = input('date');
  const reason = input('text', { maxlength: '500' });
  const commitForm = actionForm({
    id: 'line-commit',
    title: 'fin.commit.title',
    fields: [
      { name: 'amount', label: 'fin.amountWon', input: amount },
      { name: 'bookedOn', label: 'fin.commit.bookedOn', input: bookedOn },
      { name: 'reason', label: 'fin.reason', input: reason },
    ],
    submit: 'fin.commit.submit',
    onSubmit: async () => {
      const created = await commit(fiscalYear, code, { amount: amountOf(amount), bookedOn: bookedOn.value, reason: reason.value });
      await load();
      return created.lineExceeded ? 'fin.commit.over' : 'fin.saved';
    },
  });

  const which = h('select');
  const action = select([
    { value: 'releases', label: () => t('fin.action.release') },
    { value: 'payments', label: () => t('fin.action.pay') },
    { value: 'book', label: () => t('fin.action.book') },
  ]);
  const actionAmount = input('number', { min: '1', step: '1', inputmode: 'numeric' });
  const actionDate = input('date');
  const actionReason = input('text', { maxlength: '500' });
  const actionFields: FormField[] = [
    { name: 'commitment', label: 'fin.action.commitment', input: which },
    { name: 'action', label: 'fin.action.what', input: action },
    { name: 'amount', label: 'fin.amountWon', input: actionAmount, hint: 'fin.action.amountHint' },
    { name: 'bookedOn', label: 'fin.action.date', input: actionDate },
    { name: 'reason', label: 'fin.reason', input: actionReason },
  ];
  const actionForm_ = actionForm({
    id: 'line-action',
    title: 'fin.action.title',
    fields: actionFields,
    submit: 'fin.action.submit',
    onSubmit: async () => {
      const kind = action.value as 'releases' | 'payments' | 'book';
      const date = actionDate.value || undefined;
      const body = kind === 'payments' ? { amount: amountOf(actionAmount), paidOn: actionDate.value || today(), reason: actionReason.value } : kind === 'releases' ? { amount: amountOf(actionAmount), bookedOn: date, reason: actionReason.value } : { bookedOn: date, reason: actionReason.value };
      await commitmentAction(which.value, kind, body);
      await load();
    },
  });

  const entryChoice = h('select');
  const reversalReason = input('text', { maxlength: '500' });
  const reversalForm = actionForm({
    id: 'line-reversal',
    title: 'fin.reversal.title',
    fields: [
      { name: 'entry', label: 'fin.reversal.entry', input: entryChoice, hint: 'fin.reversal.hint' },
      { name: 'reason', label: 'fin.reason', input: reversalReason },
    ],
    submit: 'fin.reversal.submit',
    onSubmit: async () => {
      await reverseEntry(entryChoice.value, reversalReason.value);
      await load();
    },
  });

  const amendKind = select(['supplementary', 'transfer', 'carryover', 'other'].map((k) => ({ value: k, label: () => t(`fin.amend.${k}` as Key) })));
  const amendAmount = input('number', { step: '1', inputmode: 'numeric' });
  const effectiveOn = input('date');
  const amendReason = input('text', { maxlength: '500' });
  const amendForm = actionForm({
    id: 'line-amend',
    title: 'fin.amend.title',
    fields: [
      { name: 'kind', label: 'fin.col.amendmentKind', input: amendKind },
      { name: 'amount', label: 'fin.amend.amount', input: amendAmount, hint: 'fin.amend.amountHint' },
      { name: 'effectiveOn', label: 'fin.col.effectiveOn', input: effectiveOn },
      { name: 'reason', label: 'fin.reason', input: amendReason },
    ],
    submit: 'fin.amend.submit',
    onSubmit: async () => {
      detail = await amend(fiscalYear, code, { kind: amendKind.value, amount: amountOf(amendAmount), effectiveOn: effectiveOn.value, reason: amendReason.value });
      render();
    },
  });

  const eventCell = (e: LineDetail['entries'][number]) => {
    if (!e.event) return cell(t('fin.byHand'));
    const payload = h('pre', { class: 'event-payload' }, JSON.stringify(e.event.payload, null, 2));
    return h('td', {}, h('details', {}, h('summary', {}, `${tMaybe(`fin.event.${e.event.type}`, e.event.type)} · ${instant(e.event.occurredAt)}`), h('p', { class: 'small' }, `${e.event.type} v${e.event.version} · ${e.event.source} · ${e.event.id}`), payload));
  };

  function render(): void {
    if (!detail) return;
    const { line } = detail;
    setText(title, () => `${named(line)} (${line.code}) · ${t('fin.yearOption', { year: line.fiscalYear })}`);
    const revenue = line.kind === 'revenue';
    const amount = (value: string) => `${won(value)}${t('fin.wonUnit')}`;
    summary.replaceChildren(
      term(revenue ? 'fin.col.revenueBudget' : 'fin.col.budget', amount(line.amount), 'line-amount'),
      ...(revenue
        ? [term('fin.col.collected', amount(line.collected), 'line-collected'), term('fin.col.collectionRate', line.rate.printed)]
        : [term('fin.col.committed', amount(line.committed), 'line-committed'), term('fin.col.paid', amount(line.paid)), term('fin.col.remaining', amount(line.remaining), 'line-remaining'), term('fin.col.rate', line.rate.printed, 'line-rate')]),
      term('fin.col.control', controlBadge(line.control)),
      term('fin.officer', detail.officerName ?? t('fin.officerAll')),
    );
    commitments.tbody.replaceChildren(...detail.commitments.map((c) =>
      h('tr', { 'data-commitment-id': c.id },
        cell(instant(c.recordedAt), { class: 'nowrap' }),
        h('td', {}, c.description, h('span', { class: 'small muted' }, c.recordedByName)),
        cell(tMaybe(`fin.cause.${c.cause}`, c.cause)),
        h('td', {}, h('span', { class: `badge ${c.status === 'held' ? 'held' : ''}` }, tMaybe(`fin.status.${c.status}`, c.status))),
        numCell(won(c.amount)),
        numCell(won(c.committed)),
        numCell(won(c.paid)),
      )));
    entries.tbody.replaceChildren(...detail.entries.map((e) => {
      const correctable = ledgerKeeper && !e.reversedBy && e.kind !== 'reverse';
      const fix = correctable ? textOf('button', 'fin.reversal.button', { type: 'button', class: 'secondary', 'data-testid': 'entry-reverse' }) : null;
      fix?.addEventListener('click', () => {
        entryChoice.value = e.id;
        reversalReason.focus();
      });
      return h('tr', { 'data-entry-id': e.id },
        cell(e.bookedOn, { class: 'nowrap' }),
        h('td', {}, tMaybe(`fin.kind.${e.kind}`, e.kind), e.exceedsBudget ? textOf('span', 'fin.overBudget', { class: 'badge over' }) : null),
        numCell(won(e.amount)),
        cell(e.reason),
        h('td', {}, e.recordedByName, h('span', { class: 'small muted' }, instant(e.recordedAt))),
        eventCell(e),
        h('td', {}, e.reversedBy ? textOf('span', 'fin.reversed', { class: 'badge' }) : null, fix),
      );
    }));
    setText(entryCount, () => t('fin.entriesShown', { shown: detail!.entries.length, total: detail!.counts.entries }));
    amendments.tbody.replaceChildren(...detail.amendments.map((a) =>
      h('tr', {}, cell(a.effectiveOn), cell(tMaybe(`fin.amend.${a.kind}`, a.kind)), numCell(won(a.amount)), numCell(won(a.amountAfter)), cell(a.reason), h('td', {}, a.recordedByName, h('span', { class: 'small muted' }, instant(a.recordedAt)))),
    ));
    plan.tbody.replaceChildren(...detail.plan.map((p) => h('tr', {}, cell(currentLang() === 'ko' ? p.labelKo : p.labelEn), numCell(won(p.q1)), numCell(won(p.q2)), numCell(won(p.q3)), numCell(won(p.q4)))));
    control.value = line.control;
    officer.replaceChildren(h('option', { value: '' }, t('fin.officerAll')), ...officers.map((o) => h('option', { value: o.id }, `${o.name} (${tMaybe(`role.${o.role}`, o.role)})`)));
    officer.value = line.officerUserId ?? '';
    which.replaceChildren(...detail.commitments.filter((c) => c.status !== 'withdrawn').map((c) => h('option', { value: c.id }, `${c.description} — ${won(c.committed)} / ${won(c.amount)} (${tMaybe(`fin.status.${c.status}`, c.status)})`)));
    entryChoice.replaceChildren(...detail.entries.filter((e) => !e.reversedBy && e.kind !== 'reverse').map((e) => h('option', { value: e.id }, `${e.bookedOn} ${tMaybe(`fin.kind.${e.kind}`, e.kind)} ${won(e.amount)} — ${e.reason}`)));
    const expenditure = line.kind === 'expenditure';
    commitForm.hidden = !(ledgerKeeper && expenditure);
    actionForm_.hidden = !(ledgerKeeper && expenditure && detail.commitments.length > 0);
    reversalForm.hidden = !ledgerKeeper || detail.entries.length === 0;
  }

  settingsForm.hidden = !keeper;
  amendForm.hidden = !keeper;
  main.replaceChildren(
    h('section', { class: 'card', 'aria-labelledby': 'line-title' }, back, title, status, summary),
    h('section', { class: 'card', 'aria-labelledby': 'line-entries-title' }, heading('h2', 'fin.entries', 'line-entries-title'), textOf('p', 'fin.entriesIntro', { class: 'muted' }), entryCount, entries.region),
    commitForm,
    h('section', { class: 'card', 'aria-labelledby': 'line-commitments-title' }, heading('h2', 'fin.commitments', 'line-commitments-title'), commitments.region),
    actionForm_,
    reversalForm,
    h('section', { class: 'card', 'aria-labelledby': 'line-amendments-title' }, heading('h2', 'fin.amendments', 'line-amendments-title'), amendments.region),
    amendForm,
    h('section', { class: 'card', 'aria-labelledby': 'line-plan-title' }, heading('h2', 'fin.plan', 'line-plan-title'), plan.region, textOf('a', 'fin.editPlan', { href: `#/finance-plan?fiscalYear=${fiscalYear}&code=${encodeURIComponent(code)}` })),
    settingsForm,
  );

  const loader = screenLoader(status, render);
  const load = () =>
    loader.load(async () => {
      const [loaded, people] = await Promise.all([getLine(fiscalYear, code), keeper ? getOfficers().catch(() => []) : Promise.resolve([])]);
      return () => {
        detail = loaded;
        officers = people;
      };
    });
  void load();
  return loader.dispose;
}
