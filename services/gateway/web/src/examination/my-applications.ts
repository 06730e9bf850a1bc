import { downloadFile, uploadFile, User } from '../api';
import { h } from '../dom';
import { errorText, money } from '../format';
import { onLangChange, setText, t, tMaybe } from '../i18n';
import { Application, approveSimulated, cancelApplication, getMyApplications, getRefundQuote, startPayment } from './exam-api';
import { badge, button, heading, seoulTime, showDone, showFailure, statusLine, title } from './ui';

/** 내 원서: the applicant's own applications, with paying the fee, cancelling, documents and the admission ticket. */
export function renderMyApplications(main: HTMLElement, _user: User, params: URLSearchParams): () => void {
  let disposed = false;
  let applications: Application[] = [];
  const status = statusLine('exam-my-status');
  const list = h('div', { class: 'page-stack', 'data-testid': 'exam-my-list' });

  /** The simulated payment provider's checkout (a real provider would show its own page here). */
  function checkout(a: Application, panel: HTMLElement) {
    const line = statusLine('exam-pay-status');
    setText(line, 'exam.pay.starting');
    const approve = button('exam.pay.approve', { 'data-testid': 'exam-pay-approve' }, 'primary');
    const decline = button('exam.pay.decline', { 'data-testid': 'exam-pay-decline' });
    const box = h('section', { class: 'card checkout', 'aria-labelledby': `pay-${a.id}` }, heading('h3', 'exam.pay.title', `pay-${a.id}`), line);
    panel.replaceChildren(box);
    startPayment(a.id)
      .then((started) => {
        setText(line, () => t('exam.pay.amount', { amount: money(started.amount) }));
        const decide = async (outcome: 'approved' | 'declined') => {
          approve.disabled = decline.disabled = true;
          try {
            const answer = await approveSimulated(started.checkoutToken, outcome);
            showDone(line, () => tMaybe(`exam.pay.${answer.status}`, answer.status));
            await load();
          } catch (e) {
            showFailure(e, line);
            approve.disabled = decline.disabled = false;
          }
        };
        approve.addEventListener('click', () => void decide('approved'));
        decline.addEventListener('click', () => void decide('declined'));
        const note = h('p', { class: 'hint' });
        setText(note, 'exam.pay.simulated');
        box.append(note, h('div', { class: 'actions' }, approve, decline));
        approve.focus();
      })
      .catch((e) => showFailure(e, line));
  }

  async function cancel(a: Application, panel: HTMLElement) {
    const line = statusLine('exam-cancel-status');
    panel.replaceChildren(line);
    try {
      const quote = await getRefundQuote(a.id);
      if (!quote.cancellable) {
        setText(line, () => t('exam.cancel.closed', { at: seoulTime(quote.cancellationClosesAt) }));
        return;
      }
      const confirm = button('exam.cancel.confirm', { 'data-testid': 'exam-cancel-confirm' }, 'primary');
      setText(line, () => t('exam.cancel.quote', { amount: money(quote.refundAmount), percent: quote.refundPercent }));
      confirm.addEventListener('click', async () => {
        confirm.disabled = true;
        try {
          await cancelApplication(a.id);
          await load();
        } catch (e) {
          showFailure(e, line);
        }
      });
      panel.append(confirm);
      confirm.focus();
    } catch (e) {
      showFailure(e, line);
    }
  }

  function documents(a: Application, panel: HTMLElement) {
    const line = statusLine();
    const input = h('input', { type: 'file', id: `doc-${a.id}`, accept: '.pdf,.png,.jpg,.jpeg' });
    const label = h('label', { for: input.id });
    setText(label, 'exam.docs.choose');
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      try {
        await uploadFile(`/api/exam/applications/${a.id}/documents`, file);
        showDone(line, () => t('exam.docs.uploaded', { name: file.name }));
      } catch (e) {
        showFailure(e, line);
      }
    });
    panel.replaceChildren(h('div', { class: 'field' }, label, input), line);
    input.focus();
  }

  const render = () => {
    if (applications.length === 0) {
      list.replaceChildren(h('p', { class: 'empty' }, t('exam.my.none')));
      return;
    }
    list.replaceChildren(...applications.map((a) => {
      const panel = h('div', { 'aria-live': 'polite' });
      const actions = h('div', { class: 'actions' });
      if (a.status === 'pending_payment') {
        const pay = button('exam.my.pay', { 'data-testid': 'exam-pay' }, 'primary');
        pay.addEventListener('click', () => checkout(a, panel));
        actions.append(pay);
      }
      if (a.seat && a.status === 'paid') {
        const ticket = button('exam.my.ticket', { 'data-testid': 'exam-ticket' }, 'primary');
        ticket.addEventListener('click', () => downloadFile(`/api/exam/applications/${a.id}/ticket`, `응시표_${a.examNumber}.pdf`).catch((e) => showFailure(e, status)));
        actions.append(ticket);
      }
      if (a.interview) {
        const interviewTicket = button('exam.my.interviewTicket', { 'data-testid': 'exam-interview-ticket' });
        interviewTicket.addEventListener('click', () => downloadFile(`/api/exam/applications/${a.id}/interview-ticket`, `면접응시표_${a.examNumber}.pdf`).catch((e) => showFailure(e, status)));
        actions.append(interviewTicket);
      }
      if (a.examNumber) actions.append(h('a', { href: `#/exam-results?exam=${a.examId}`, class: 'link-button', 'data-testid': 'exam-results-link' }, t('exam.my.results')));
      if (a.accommodations.length > 0 && a.status !== 'cancelled' && !a.examNumber) {
        const docs = button('exam.my.documents');
        docs.addEventListener('click', () => documents(a, panel));
        actions.append(docs);
      }
      if (a.status !== 'cancelled' && !a.examNumber) {
        const withdraw = button('exam.my.cancel', { 'data-testid': 'exam-cancel' });
        withdraw.addEventListener('click', () => void cancel(a, panel));
        actions.append(withdraw);
      }
      const facts: [string, string][] = [
        [t('exam.my.position'), a.positionLabelKo],
        [t('exam.col.fee'), money(a.feeAmount)],
        [t('exam.my.submittedAt'), seoulTime(a.submittedAt)],
        ...(a.paidAt ? ([[t('exam.my.paidAt'), seoulTime(a.paidAt)]] as [string, string][]) : []),
        ...(a.examNumber ? ([[t('exam.my.examNumber'), a.examNumber]] as [string, string][]) : []),
        ...(a.seat ? ([[t('exam.my.seat'), `${a.seat.venueNameKo} ${a.seat.room} · ${a.seat.seatNo}${t('exam.my.seatSuffix')}${a.seat.changed ? ` (${t('exam.my.seatChanged')})` : ''}`]] as [string, string][]) : []),
        ...(a.interview ? ([[t('exam.my.interview'), `${a.interview.heldOn} ${a.interview.startsAt} · ${a.interview.room}`]] as [string, string][]) : []),
        ...(a.cancelReason === 'ineligible' ? ([[t('exam.my.ineligible'), a.cancelNote ?? '']] as [string, string][]) : []),
        ...(a.refundAmount !== null && a.status === 'cancelled' ? ([[t('exam.my.refund'), money(a.refundAmount)]] as [string, string][]) : []),
        ...(a.accommodations.length > 0 ? ([[t('exam.apply.accommodations'), `${a.accommodations.map((x) => tMaybe(`exam.acc.${x.kind}`, x.kind)).join(', ')} — ${tMaybe(`exam.accStatus.${a.accommodationStatus}`, a.accommodationStatus)}`]] as [string, string][]) : []),
      ];
      return h('section', { class: 'card', 'data-testid': 'exam-my-application', 'data-application-id': a.id, 'aria-label': title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn }) },
        h('div', { class: 'actions' }, heading('h2', () => title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn })), h('span', { 'data-testid': 'exam-my-status-badge' }, badge(`exam.status.${a.status}`, a.status, a.status === 'pending_payment' ? 'pending' : ''))),
        h('dl', { class: 'schedule' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
        actions,
        panel,
      );
    }));
  };

  async function load() {
    try {
      const fresh = await getMyApplications();
      if (disposed) return;
      applications = fresh;
      render();
    } catch (e) {
      if (!disposed) setText(status, () => errorText(e));
    }
  }

  if (params.get('submitted')) showDone(status, () => t('exam.my.submitted'));
  main.replaceChildren(h('section', { class: 'card' }, heading('h1', 'exam.my.title'), status), list);
  void load();
  const stopLang = onLangChange(render);
  return () => {
    disposed = true;
    stopLang();
  };
}
