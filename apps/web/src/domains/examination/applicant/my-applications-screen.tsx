import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { downloadFile, uploadFile } from '../../../api/files';
import { ActionStatus, Badge, Button, DetailList, type Outcome, PageHeader, problemOf, QueryState } from '../../../kit';
import { type Application, applicationActions, applicationBadge } from './rules';
import { Ko, useApplicantWords } from './shared';

type Panel =
  | { kind: 'pay'; checkout: Schemas['CheckoutView'] | null }
  | { kind: 'cancel'; quote: Schemas['RefundQuoteView'] | null }
  | { kind: 'documents' }
  | null;

/** 내 응시원서: the applicant's own applications, with paying the fee, cancelling, documents, the 응시표 and the venue. */
export default function MyApplicationsScreen() {
  const { t } = useApplicantWords();
  const [params] = useSearchParams();
  const mine = $api.useQuery('get', '/api/exam/applications/mine');
  const photo = $api.useQuery('get', '/api/exam/me/photo/info');
  const submitted = params.get('submitted');
  return (
    <div className="exam-app" data-testid="exam-my">
      <PageHeader title={t('my.title')} />
      <p className="exam-actions">
        <Link to="/exam-photo" className="krds-btn medium secondary" data-testid="exam-photo-link">
          {t('photo.link')}
        </Link>
        {photo.data && !photo.data.photo && (
          <span className="form-hint" data-testid="exam-photo-missing">
            {t('photo.missing')}
          </span>
        )}
      </p>
      {submitted && <ActionStatus outcome={{ kind: 'success', text: t('my.submitted') }} testId="exam-my-submitted" />}
      <QueryState loading={mine.isLoading} error={mine.error} retry={() => mine.refetch()} testId="exam-my">
        {mine.data && mine.data.length === 0 && <p className="state-line empty">{t('my.none')}</p>}
        <div data-testid="exam-my-list">
          {mine.data?.map((a) => (
            <ApplicationCard key={a.id} application={a} />
          ))}
        </div>
      </QueryState>
    </div>
  );
}

function ApplicationCard({ application: a }: { application: Application }) {
  const words = useApplicantWords();
  const { t, w, lang } = words;
  const queryClient = useQueryClient();
  const [panel, setPanel] = useState<Panel>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const title = words.title({ titleKo: a.examTitleKo, titleEn: a.examTitleEn });
  const headingId = `application-${a.id}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['get', '/api/exam/applications/mine'] });

  const run = async (name: string, action: () => Promise<void>) => {
    setBusy(name);
    setOutcome(null);
    try {
      await action();
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(null);
    }
  };

  const pay = () =>
    run('pay', async () => {
      setPanel({ kind: 'pay', checkout: null });
      const checkout = await unwrap(api.POST('/api/exam/applications/{id}/payments', { params: { path: { id: a.id } } }));
      setPanel({ kind: 'pay', checkout });
    });
  const decide = (checkoutToken: string, decision: 'approved' | 'declined') =>
    run(decision, async () => {
      const answer = await unwrap(api.POST('/api/exam/payment-simulator/approve', { body: { checkoutToken, outcome: decision } }));
      const key = `pay.${answer.status}`;
      setPanel(null);
      setOutcome({
        kind: answer.status === 'paid' ? 'success' : 'info',
        text: key === 'pay.paid' || key === 'pay.declined' || key === 'pay.refunded' ? t(key) : t('pay.other', { status: answer.status }),
      });
      await refresh();
    });
  const askCancel = () =>
    run('cancel', async () => {
      setPanel({ kind: 'cancel', quote: null });
      const quote = await unwrap(api.GET('/api/exam/applications/{id}/refund-quote', { params: { path: { id: a.id } } }));
      setPanel({ kind: 'cancel', quote });
    });
  const confirmCancel = () =>
    run('confirmCancel', async () => {
      await unwrap(api.POST('/api/exam/applications/{id}/cancel', { params: { path: { id: a.id } } }));
      setPanel(null);
      setOutcome({ kind: 'success', text: t('cancel.done') });
      await refresh();
    });
  const ticket = (interview: boolean) =>
    run(interview ? 'interviewTicket' : 'ticket', () =>
      interview
        ? downloadFile(`/api/exam/applications/${a.id}/interview-ticket`, `면접응시표_${a.examNumber ?? a.id}.pdf`)
        : downloadFile(`/api/exam/applications/${a.id}/ticket`, `응시표_${a.examNumber ?? a.id}.pdf`),
    );
  const receipt = () => run('receipt', () => downloadFile(`/api/exam/applications/${a.id}/receipt.pdf`, `접수증_${a.id.slice(0, 8)}.pdf`));
  const upload = () =>
    run('upload', async () => {
      const file = fileInput.current?.files?.[0];
      if (!file) return;
      await uploadFile(`/api/exam/applications/${a.id}/documents`, file);
      setOutcome({ kind: 'success', text: t('docs.uploaded', { name: file.name }) });
    });

  const facts = [
    { label: t('my.position'), value: <Ko>{a.positionLabelKo}</Ko> },
    { label: t('col.fee'), value: words.won(a.feeAmount) },
    { label: t('my.submittedAt'), value: words.instant(a.submittedAt) },
    ...(a.paidAt ? [{ label: t('my.paidAt'), value: words.instant(a.paidAt) }] : []),
    ...(a.editableUntil
      ? [{ label: t('my.editUntil'), value: <span data-testid="exam-my-edit-until">{words.instant(a.editableUntil)}</span> }]
      : []),
    ...(a.examNumber ? [{ label: t('my.examNumber'), value: <span data-testid="exam-my-number">{a.examNumber}</span> }] : []),
    ...(a.seat
      ? [
          {
            label: t('my.venue'),
            value: (
              <span data-testid="exam-my-venue">
                <Ko>{a.seat.venueNameKo}</Ko> <Ko>{t('my.seat', { room: a.seat.room, seat: a.seat.seatNo })}</Ko>{' '}
                {a.seat.changed ? t('my.seatChanged') : ''}
                <br />
                <Ko>{a.seat.address}</Ko>
              </span>
            ),
          },
        ]
      : []),
    ...(a.interview ? [{ label: t('my.interview'), value: `${a.interview.heldOn} ${a.interview.startsAt} · ${a.interview.room}` }] : []),
    ...(a.cancelReason === 'ineligible' ? [{ label: t('my.ineligible'), value: <Ko>{a.cancelNote ?? ''}</Ko> }] : []),
    ...(a.refundAmount !== null && a.status === 'cancelled' ? [{ label: t('my.refund'), value: words.won(a.refundAmount) }] : []),
    ...(a.accommodations.length > 0
      ? [
          {
            label: t('apply.accommodations'),
            value:
              `${a.accommodations.map((x) => w(`accommodation.${x.kind}`)).join(', ')} — ` +
              `${w(`accommodationStatus.${a.accommodationStatus}`)}`,
          },
        ]
      : []),
  ];
  const actions = applicationActions(a);
  const badge = applicationBadge(a);

  return (
    <section className="exam-card" aria-labelledby={headingId} data-testid="exam-my-application" data-application-id={a.id}>
      <div className="exam-card-head">
        <h2 id={headingId} className="heading-md">
          {lang === 'en' && !a.examTitleEn ? <Ko>{title}</Ko> : title}
        </h2>
        <Badge tone={badge.tone} testId="exam-my-status-badge">
          {w(badge.word)}
        </Badge>
      </div>
      <DetailList items={facts} />
      <div className="exam-actions">
        {actions.includes('pay') && (
          <Button variant="primary" onClick={() => void pay()} busy={busy === 'pay'} testId="exam-pay">
            {t('my.pay')}
          </Button>
        )}
        {actions.includes('edit') && (
          <Link to={`/exam-apply?edit=${a.id}`} className="krds-btn medium secondary" data-testid="exam-edit">
            {t('my.edit')}
          </Link>
        )}
        {actions.includes('ticket') && (
          <Button variant="primary" onClick={() => void ticket(false)} busy={busy === 'ticket'} testId="exam-ticket">
            {t('my.ticket')}
          </Button>
        )}
        <Button onClick={() => void receipt()} busy={busy === 'receipt'} testId="exam-receipt">
          {t('my.receipt')}
        </Button>
        {actions.includes('interviewTicket') && (
          <Button onClick={() => void ticket(true)} busy={busy === 'interviewTicket'} testId="exam-interview-ticket">
            {t('my.interviewTicket')}
          </Button>
        )}
        {actions.includes('results') && (
          <Link to={`/exam-results?exam=${a.examId}`} className="krds-btn medium secondary" data-testid="exam-results-link">
            {t('my.results')}
          </Link>
        )}
        {actions.includes('documents') && (
          <Button onClick={() => setPanel({ kind: 'documents' })} testId="exam-documents">
            {t('my.documents')}
          </Button>
        )}
        {actions.includes('cancel') && (
          <Button onClick={() => void askCancel()} busy={busy === 'cancel'} testId="exam-cancel">
            {t('my.cancel')}
          </Button>
        )}
      </div>
      {panel?.kind === 'pay' && panel.checkout && (
        <section className="exam-card exam-panel" aria-labelledby={`pay-${a.id}`} data-testid="exam-checkout">
          <h3 id={`pay-${a.id}`} className="heading-sm">
            {t('pay.title')}
          </h3>
          <p data-testid="exam-pay-amount">{t('pay.amount', { amount: words.won(panel.checkout.amount) })}</p>
          <p className="form-hint">{t('pay.simulated')}</p>
          <div className="exam-actions">
            <Button
              variant="primary"
              onClick={() => void decide(panel.checkout!.checkoutToken, 'approved')}
              busy={busy === 'approved'}
              testId="exam-pay-approve"
              autoFocus
            >
              {t('pay.approve')}
            </Button>
            <Button
              onClick={() => void decide(panel.checkout!.checkoutToken, 'declined')}
              busy={busy === 'declined'}
              testId="exam-pay-decline"
            >
              {t('pay.decline')}
            </Button>
          </div>
        </section>
      )}
      {panel?.kind === 'cancel' && panel.quote && (
        <div className="exam-panel" data-testid="exam-cancel-panel">
          {panel.quote.cancellable ? (
            <>
              <p>{t('cancel.quote', { amount: words.won(panel.quote.refundAmount), percent: panel.quote.refundPercent })}</p>
              <div className="exam-actions">
                <Button
                  variant="primary"
                  onClick={() => void confirmCancel()}
                  busy={busy === 'confirmCancel'}
                  testId="exam-cancel-confirm"
                  autoFocus
                >
                  {t('cancel.confirm')}
                </Button>
                <Button onClick={() => setPanel(null)}>{t('pay.close')}</Button>
              </div>
            </>
          ) : (
            <p>{t('cancel.closed', { at: words.instant(panel.quote.cancellationClosesAt) })}</p>
          )}
        </div>
      )}
      {panel?.kind === 'documents' && (
        <div className="exam-panel form-group">
          <div className="form-tit">
            <label htmlFor={`doc-${a.id}`}>{t('docs.choose')}</label>
          </div>
          <div className="form-conts exam-actions">
            <input ref={fileInput} id={`doc-${a.id}`} type="file" accept=".pdf,.png,.jpg,.jpeg" autoFocus />
            <Button onClick={() => void upload()} busy={busy === 'upload'}>
              {t('docs.upload')}
            </Button>
          </div>
        </div>
      )}
      <ActionStatus outcome={outcome} testId="exam-my-action-status" />
    </section>
  );
}
