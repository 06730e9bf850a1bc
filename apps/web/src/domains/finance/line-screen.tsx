import { useForm, type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { $api, api, ApiError, asApiError, type ErrorBody, type Schemas, unwrap } from '../../api/client';
import { useSession } from '../../app/App';
import { NotFoundScreen } from '../../app/fallback-screens';
import { registerCatalogue } from '../../i18n/i18n';
import {
  Badge,
  Button,
  type Column,
  DataTable,
  DateField,
  DateText,
  DetailList,
  Form,
  Instant,
  NumberField,
  PageHeader,
  type Problem,
  QueryState,
  Section,
  SelectField,
  TextField,
  useLocalName,
  Won,
} from '../../kit';
import { finance } from './i18n';
import { BOOK_KEEPERS, isIn, LEDGER_KEEPERS } from './roles';
import {
  Amount,
  bookPath,
  ControlBadge,
  inFiscalYear,
  MAX_WON,
  planPath,
  REASON_RULES,
  todayInSeoul,
  useRefreshFinance,
  wholeNumber,
  yearFrom,
} from './shared';
import './finance.css';

registerCatalogue('finance', finance);

type Detail = Schemas['BudgetLineDetailWithOfficerView'];
type Entry = Schemas['LedgerEntryView'];
type Commitment = Schemas['CommitmentSummaryView'];
type Amendment = Schemas['BudgetAmendmentView'];
type PlanRow = Schemas['QuarterlyPlanRowView'] & { position: number };

interface ReversalValues {
  entryId: string;
  reason: string;
}

/** A budget line's page: its amounts and settings, every entry with the event behind it, its commitments, amendments and plan. */
export default function LineScreen() {
  const { fiscalYear: yearText, code } = useParams();
  const fiscalYear = yearFrom(yearText);
  if (!fiscalYear || !code) return <NotFoundScreen />;
  return <Line key={`${fiscalYear}/${code}`} fiscalYear={fiscalYear} code={code} />;
}

function Line({ fiscalYear, code }: { fiscalYear: number; code: string }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const role = useSession()?.user.role;
  const keeper = isIn(BOOK_KEEPERS, role);
  const ledgerKeeper = isIn(LEDGER_KEEPERS, role);
  const detail = $api.useQuery('get', '/api/finance/books/{fiscalYear}/lines/{code}', { params: { path: { fiscalYear, code } } });
  const reversal = useForm<ReversalValues>({ mode: 'onTouched', defaultValues: { entryId: '', reason: '' } });
  const data = detail.data;
  const title = data ? t('line.title', { name: localName(data.line.nameKo, data.line.nameEn), code: data.line.code }) : code;

  return (
    <div className="fin-screen" data-testid="finance-line">
      <PageHeader title={title} lead={data ? t('line.lead', { year: fiscalYear, kind: t(`kind.${data.line.kind}`) }) : undefined} />
      <div className="fin-links">
        <Link to={bookPath(fiscalYear)} data-testid="line-back">
          {t('backToBook')}
        </Link>
        {keeper && data?.line.kind === 'expenditure' && (
          <Link to={planPath(fiscalYear, code)} data-testid="line-edit-plan">
            {t('line.editPlan')}
          </Link>
        )}
      </div>
      <QueryState loading={detail.isPending} error={detail.error} retry={() => void detail.refetch()} testId="line">
        {data && (
          <>
            <Summary detail={data} />
            <Entries detail={data} reversal={ledgerKeeper ? reversal : null} />
            {ledgerKeeper && data.line.kind === 'expenditure' && <CommitForm line={data.line} />}
            {data.line.kind === 'expenditure' && <Commitments detail={data} />}
            {ledgerKeeper && data.line.kind === 'expenditure' && data.commitments.some((c) => c.status !== 'withdrawn') && (
              <CommitmentAction detail={data} />
            )}
            {ledgerKeeper && <ReversalForm detail={data} form={reversal} />}
            <Amendments detail={data} />
            {keeper && <AmendForm detail={data} />}
            <Plan detail={data} />
            {keeper && <SettingsForm detail={data} />}
          </>
        )}
      </QueryState>
    </div>
  );
}

function Summary({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const { line } = detail;
  const amount = (value: string, testId: string) => (
    <span data-testid={testId}>
      <Won amount={value} />
    </span>
  );
  const items =
    line.kind === 'revenue'
      ? [
          { key: 'amount', label: t('col.revenueBudget'), value: amount(line.amount, 'line-amount') },
          { key: 'collected', label: t('col.collected'), value: amount(line.collected, 'line-collected') },
          { key: 'rate', label: t('col.collectionRate'), value: <span data-testid="line-rate">{line.rate.printed}</span> },
        ]
      : [
          { key: 'amount', label: t('col.budget'), value: amount(line.amount, 'line-amount') },
          { key: 'committed', label: t('col.committed'), value: amount(line.committed, 'line-committed') },
          { key: 'paid', label: t('col.paid'), value: amount(line.paid, 'line-paid') },
          { key: 'remaining', label: t('col.remaining'), value: amount(line.remaining, 'line-remaining') },
          { key: 'rate', label: t('col.rate'), value: <span data-testid="line-rate">{line.rate.printed}</span> },
        ];
  return (
    <Section title={t('line.summary')}>
      <DetailList
        testId="line-summary"
        items={[
          ...items,
          { key: 'control', label: t('col.control'), value: <ControlBadge control={line.control} /> },
          {
            key: 'officer',
            label: t('line.officer'),
            value: <span data-testid="line-officer">{detail.officerName ?? t('line.officerAll')}</span>,
          },
        ]}
      />
    </Section>
  );
}

function EventCell({ entry }: { entry: Entry }) {
  const { t } = useTranslation('finance');
  const event = entry.event;
  if (!event) return <>{t('entries.byHand')}</>;
  const label = t(`event.${event.type}` as 'event.other', { defaultValue: t('event.other') });
  const source = t(`source.${event.source}` as 'source.other', { defaultValue: t('source.other') });
  return (
    <details className="fin-event">
      <summary>
        {label} · <Instant at={event.occurredAt} />
      </summary>
      <span className="fin-small">{t('entries.eventDetails', { source, version: event.version, id: event.id })}</span>
      <span className="fin-small">{t('entries.payload')}</span>
      <pre>{JSON.stringify(event.payload, null, 2)}</pre>
    </details>
  );
}

const reversible = (e: Entry) => !e.reversedBy && e.kind !== 'reverse';

function Entries({ detail, reversal }: { detail: Detail; reversal: UseFormReturn<ReversalValues> | null }) {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const columns: Column<Entry>[] = [
    {
      key: 'bookedOn',
      header: t('col.bookedOn'),
      render: (e) => (
        <span className="fin-date">
          <DateText date={e.bookedOn} />
        </span>
      ),
    },
    {
      key: 'kind',
      header: t('col.kind'),
      rowHeader: true,
      render: (e) => (
        <span className="fin-badges">
          {t(`kind.${e.kind}`)}
          {e.exceedsBudget && <Badge tone="danger">{t('entries.overBudget')}</Badge>}
        </span>
      ),
    },
    { key: 'amount', header: t('col.amount'), align: 'end', render: (e) => <Amount value={e.amount} /> },
    { key: 'reason', header: t('col.reason') },
    {
      key: 'recordedBy',
      header: t('col.recordedBy'),
      render: (e) => (
        <>
          {e.recordedByName}
          <span className="fin-small">
            <Instant at={e.recordedAt} />
          </span>
        </>
      ),
    },
    { key: 'event', header: t('col.event'), render: (e) => <EventCell entry={e} /> },
    {
      key: 'correction',
      header: t('col.correction'),
      render: (e) =>
        e.reversedBy ? (
          <Badge>{t('entries.reversed')}</Badge>
        ) : reversal && reversible(e) ? (
          <Button
            size="xsmall"
            variant="secondary"
            testId="entry-reverse"
            aria-label={t('entries.correctLabel', { date: e.bookedOn, kind: t(`kind.${e.kind}`), amount: e.amount })}
            onClick={() => {
              reversal.setValue('entryId', e.id, { shouldValidate: reversal.formState.isSubmitted });
              reversal.setFocus('reason');
            }}
          >
            {t('entries.correct')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Section title={t('entries.title')} testId="line-entries-section">
      <p className="fin-muted">{t('entries.intro')}</p>
      <p className="fin-muted" data-testid="line-entry-count">
        {t('entries.shown', { shown: detail.entries.length, total: detail.counts.entries })}
      </p>
      <DataTable
        caption={t('entries.caption')}
        columns={columns}
        rows={detail.entries}
        rowKey={(e) => e.id}
        rowTestId="line-entry"
        narrow="scroll"
        testId="line-entries"
        empty={tc('state.empty')}
      />
    </Section>
  );
}

function Commitments({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const columns: Column<Commitment>[] = [
    {
      key: 'recordedAt',
      header: t('col.recordedAt'),
      render: (c) => (
        <span className="fin-date">
          <Instant at={c.recordedAt} />
        </span>
      ),
    },
    {
      key: 'description',
      header: t('col.description'),
      rowHeader: true,
      render: (c) => (
        <>
          {c.description}
          <span className="fin-small">{c.recordedByName}</span>
        </>
      ),
    },
    { key: 'cause', header: t('col.cause'), render: (c) => t(`cause.${c.cause}`) },
    {
      key: 'status',
      header: t('col.status'),
      render: (c) => (
        <Badge tone={c.status === 'held' ? 'warning' : c.status === 'withdrawn' ? 'gray' : 'primary'}>{t(`status.${c.status}`)}</Badge>
      ),
    },
    { key: 'amount', header: t('col.asked'), align: 'end', render: (c) => <Amount value={c.amount} /> },
    { key: 'committed', header: t('col.committed'), align: 'end', render: (c) => <Amount value={c.committed} /> },
    { key: 'paid', header: t('col.paid'), align: 'end', render: (c) => <Amount value={c.paid} /> },
  ];
  return (
    <Section title={t('commitments.title')} testId="line-commitments-section">
      <DataTable
        caption={t('commitments.caption')}
        columns={columns}
        rows={detail.commitments}
        rowKey={(c) => c.id}
        rowTestId="line-commitment"
        narrow="scroll"
        testId="line-commitments"
      />
    </Section>
  );
}

interface CommitValues {
  amount?: number;
  bookedOn?: string;
  reason: string;
}

/** A stop line (집행 중지) refuses what does not fit in what is left (LEDGER.OVER_BUDGET), as the server does. */
function roomOnStopLine(line: Schemas['BudgetLineSummaryView'], amount: number): Problem | null {
  if (line.control !== 'stop' || BigInt(amount) <= BigInt(line.remaining)) return null;
  return {
    code: 'LEDGER.OVER_BUDGET',
    params: { remaining: line.remaining, requested: String(amount), line: line.code, fiscalYear: line.fiscalYear },
  };
}

function CommitForm({ line }: { line: Schemas['BudgetLineSummaryView'] }) {
  const { t } = useTranslation('finance');
  const { fiscalYear, code } = line;
  const refresh = useRefreshFinance();
  const today = todayInSeoul();
  const form = useForm<CommitValues>({
    mode: 'onTouched',
    defaultValues: { bookedOn: today.startsWith(`${fiscalYear}-`) ? today : undefined, reason: '' },
  });
  return (
    <Section title={t('commit.title')} testId="line-commit-section">
      <Form
        form={form}
        testId="line-commit"
        label={t('commit.title')}
        submitLabel={t('commit.submit')}
        resetOnSuccess
        success={(created: Schemas['CommitmentView']) => (created.lineExceeded ? t('commit.over') : t('commit.done'))}
        onSubmit={async (values) => {
          const created = await unwrap(
            api.POST('/api/finance/books/{fiscalYear}/lines/{code}/commitments', {
              params: { path: { fiscalYear, code } },
              body: { amount: values.amount!, bookedOn: values.bookedOn!, reason: values.reason },
            }),
          );
          await refresh();
          return created;
        }}
      >
        <div className="form-grid">
          <NumberField
            name="amount"
            label={t('amountWon')}
            unit={t('wonUnit')}
            required
            min={1}
            max={MAX_WON}
            validate={(value) => wholeNumber(value) ?? (typeof value === 'number' && value >= 1 ? roomOnStopLine(line, value) : null)}
            testId="line-commit-amount"
          />
          <DateField
            name="bookedOn"
            label={t('commit.bookedOn')}
            required
            minDate={`${fiscalYear}-01-01`}
            maxDate={`${fiscalYear}-12-31`}
            validate={inFiscalYear(fiscalYear)}
            testId="line-commit-booked-on"
          />
        </div>
        <TextField name="reason" label={t('reason')} hint={t('reasonHint')} {...REASON_RULES} testId="line-commit-reason" />
      </Form>
    </Section>
  );
}

type ActionKind = 'releases' | 'payments' | 'book';

interface ActionValues {
  commitmentId: string;
  action: ActionKind;
  amount?: number;
  date?: string;
  reason: string;
}

/** The server names the date `paidOn` (payments) or `bookedOn`; the form has one `date` field for both. */
function withFieldsRenamed(error: unknown, names: Record<string, string>): unknown {
  const apiError = asApiError(error);
  if (!apiError.body.errors) return apiError;
  return new ApiError(apiError.status, {
    ...apiError.body,
    errors: apiError.body.errors.map((e) => ({ ...e, field: names[e.field] ?? e.field })),
  } as ErrorBody);
}

/** Release part of a commitment, pay against it, or book one that was held (보류). */
function CommitmentAction({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const refresh = useRefreshFinance();
  const form = useForm<ActionValues>({ mode: 'onTouched', defaultValues: { commitmentId: '', action: 'releases', reason: '' } });
  const action = useWatch({ control: form.control, name: 'action' });
  const open = detail.commitments.filter((c) => c.status !== 'withdrawn');
  const byId = new Map(open.map((c) => [c.id, c]));
  const fiscalYear = detail.line.fiscalYear;

  const amountRule = (value: unknown, values: Record<string, unknown>): Problem | null => {
    if (values.action === 'book') return null;
    if (typeof value !== 'number') return { code: 'VALIDATION.REQUIRED' };
    const integer = wholeNumber(value);
    if (integer) return integer;
    const c = byId.get(String(values.commitmentId));
    if (!c || value < 1) return null;
    const left = c.status === 'booked' ? BigInt(c.committed) - BigInt(c.paid) : 0n;
    if (BigInt(value) <= left) return null;
    return values.action === 'releases'
      ? { code: 'COMMITMENT.RELEASE_TOO_LARGE', params: { releasable: left.toString(), requested: String(value) } }
      : { code: 'COMMITMENT.PAYMENT_TOO_LARGE', params: { unpaid: left.toString(), requested: String(value) } };
  };

  return (
    <Section title={t('action.title')} testId="line-action-section">
      <Form
        form={form}
        testId="line-action"
        label={t('action.title')}
        submitLabel={t('action.submit')}
        resetOnSuccess
        success={({ kind, result }: { kind: ActionKind; result: Schemas['CommitmentView'] }) =>
          result.lineExceeded
            ? t('action.over')
            : t(kind === 'releases' ? 'action.released' : kind === 'payments' ? 'action.paid' : 'action.booked')
        }
        onSubmit={async (values) => {
          const path = { params: { path: { id: values.commitmentId } } };
          const date = values.date || undefined;
          try {
            const result =
              values.action === 'payments'
                ? await unwrap(
                    api.POST('/api/finance/commitments/{id}/payments', {
                      ...path,
                      body: { amount: values.amount!, paidOn: date ?? todayInSeoul(), reason: values.reason },
                    }),
                  )
                : values.action === 'releases'
                  ? await unwrap(
                      api.POST('/api/finance/commitments/{id}/releases', {
                        ...path,
                        body: { amount: values.amount!, bookedOn: date, reason: values.reason },
                      }),
                    )
                  : await unwrap(
                      api.POST('/api/finance/commitments/{id}/book', { ...path, body: { bookedOn: date, reason: values.reason } }),
                    );
            await refresh();
            return { kind: values.action, result };
          } catch (error) {
            throw withFieldsRenamed(error, { paidOn: 'date', bookedOn: 'date' });
          }
        }}
      >
        <SelectField
          name="commitmentId"
          label={t('action.commitment')}
          required
          options={open.map((c) => ({
            value: c.id,
            label: t('action.option', {
              description: c.description,
              committed: c.committed,
              amount: c.amount,
              status: t(`status.${c.status}`),
            }),
          }))}
          validate={(value, values) => {
            const chosen = byId.get(String(value));
            if (values.action !== 'book' || !chosen) return null;
            if (chosen.status !== 'held') return { code: 'COMMITMENT.NOT_HELD', params: { status: chosen.status } };
            return roomOnStopLine(detail.line, Number(chosen.amount));
          }}
          testId="line-action-commitment"
        />
        <div className="form-grid">
          <SelectField
            name="action"
            label={t('action.what')}
            required
            placeholder={false}
            options={[
              { value: 'releases', label: t('action.release') },
              { value: 'payments', label: t('action.pay') },
              { value: 'book', label: t('action.book') },
            ]}
            testId="line-action-kind"
          />
          <NumberField
            name="amount"
            label={t('amountWon')}
            unit={t('wonUnit')}
            hint={t('action.amountHint')}
            min={1}
            max={MAX_WON}
            validate={amountRule}
            disabled={action === 'book'}
            testId="line-action-amount"
          />
          <DateField
            name="date"
            label={t('action.date')}
            hint={t('action.dateHint')}
            validate={(value, values) =>
              values.action === 'payments' && typeof value === 'string' && value < `${fiscalYear}-01-01`
                ? { code: 'COMMITMENT.PAID_BEFORE_YEAR', params: { fiscalYear } }
                : null
            }
            testId="line-action-date"
          />
        </div>
        <TextField name="reason" label={t('reason')} hint={t('reasonHint')} {...REASON_RULES} testId="line-action-reason" />
      </Form>
    </Section>
  );
}

function ReversalForm({ detail, form }: { detail: Detail; form: UseFormReturn<ReversalValues> }) {
  const { t } = useTranslation('finance');
  const refresh = useRefreshFinance();
  const entries = detail.entries.filter(reversible);
  if (entries.length === 0) return null;
  return (
    <Section title={t('reversal.title')} testId="line-reversal-section">
      <Form
        form={form}
        testId="line-reversal"
        label={t('reversal.title')}
        submitLabel={t('reversal.submit')}
        resetOnSuccess
        success={() => t('reversal.done')}
        onSubmit={async (values) => {
          await unwrap(
            api.POST('/api/finance/entries/{id}/reversal', { params: { path: { id: values.entryId } }, body: { reason: values.reason } }),
          );
          await refresh();
        }}
      >
        <SelectField
          name="entryId"
          label={t('reversal.entry')}
          hint={t('reversal.hint')}
          required
          options={entries.map((e) => ({
            value: e.id,
            label: t('reversal.option', { date: e.bookedOn, kind: t(`kind.${e.kind}`), amount: e.amount, reason: e.reason }),
          }))}
          testId="line-reversal-entry"
        />
        <TextField name="reason" label={t('reason')} hint={t('reasonHint')} {...REASON_RULES} testId="line-reversal-reason" />
      </Form>
    </Section>
  );
}

function Amendments({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const columns: Column<Amendment>[] = [
    {
      key: 'effectiveOn',
      header: t('col.effectiveOn'),
      render: (a) => (
        <span className="fin-date">
          <DateText date={a.effectiveOn} />
        </span>
      ),
    },
    { key: 'kind', header: t('col.amendmentKind'), rowHeader: true, render: (a) => t(`amend.${a.kind}`) },
    { key: 'amount', header: t('col.change'), align: 'end', render: (a) => <Amount value={a.amount} /> },
    { key: 'amountAfter', header: t('col.amountAfter'), align: 'end', render: (a) => <Amount value={a.amountAfter} /> },
    { key: 'reason', header: t('col.reason') },
    {
      key: 'recordedBy',
      header: t('col.recordedBy'),
      render: (a) => (
        <>
          {a.recordedByName}
          <span className="fin-small">
            <Instant at={a.recordedAt} />
          </span>
        </>
      ),
    },
  ];
  return (
    <Section title={t('amendments.title')} testId="line-amendments-section">
      <DataTable
        caption={t('amendments.caption')}
        columns={columns}
        rows={detail.amendments}
        rowKey={(a) => a.id}
        rowTestId="line-amendment"
        narrow="scroll"
        testId="line-amendments"
      />
    </Section>
  );
}

interface AmendValues {
  kind: 'supplementary' | 'transfer' | 'carryover' | 'other';
  amount?: number;
  effectiveOn?: string;
  reason: string;
}

function AmendForm({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const refresh = useRefreshFinance();
  const { line } = detail;
  const today = todayInSeoul();
  const form = useForm<AmendValues>({
    mode: 'onTouched',
    defaultValues: { kind: 'supplementary', effectiveOn: today.startsWith(`${line.fiscalYear}-`) ? today : undefined, reason: '' },
  });
  const amountRule = (value: unknown): Problem | null => {
    if (typeof value !== 'number') return null;
    if (value === 0) return { code: 'VALIDATION.INVALID' };
    const integer = wholeNumber(value);
    if (integer) return integer;
    const after = BigInt(line.amount) + BigInt(value);
    const floor = line.kind === 'expenditure' ? BigInt(line.committed) : 0n;
    if (value < 0 && after < floor)
      return { code: 'AMENDMENT.BELOW_COMMITTED', params: { committed: floor.toString(), amountAfter: after.toString() } };
    if (after < 0n) return { code: 'AMENDMENT.NEGATIVE_BUDGET', params: { current: line.amount, change: String(value) } };
    return null;
  };
  return (
    <Section title={t('amend.title')} testId="line-amend-section">
      <Form
        form={form}
        testId="line-amend"
        label={t('amend.title')}
        submitLabel={t('amend.submit')}
        resetOnSuccess
        success={() => t('amend.done')}
        onSubmit={async (values) => {
          await unwrap(
            api.POST('/api/finance/books/{fiscalYear}/lines/{code}/amendments', {
              params: { path: { fiscalYear: line.fiscalYear, code: line.code } },
              body: { kind: values.kind, amount: values.amount!, effectiveOn: values.effectiveOn!, reason: values.reason },
            }),
          );
          await refresh();
        }}
      >
        <div className="form-grid">
          <SelectField
            name="kind"
            label={t('col.amendmentKind')}
            required
            placeholder={false}
            options={(['supplementary', 'transfer', 'carryover', 'other'] as const).map((k) => ({ value: k, label: t(`amend.${k}`) }))}
            testId="line-amend-kind"
          />
          <NumberField
            name="amount"
            label={t('amend.amount')}
            hint={t('amend.amountHint')}
            unit={t('wonUnit')}
            required
            min={-MAX_WON}
            max={MAX_WON}
            validate={amountRule}
            testId="line-amend-amount"
          />
          <DateField
            name="effectiveOn"
            label={t('col.effectiveOn')}
            required
            minDate={`${line.fiscalYear}-01-01`}
            maxDate={`${line.fiscalYear}-12-31`}
            validate={inFiscalYear(line.fiscalYear)}
            testId="line-amend-effective-on"
          />
        </div>
        <TextField name="reason" label={t('reason')} hint={t('reasonHint')} {...REASON_RULES} testId="line-amend-reason" />
      </Form>
    </Section>
  );
}

function Plan({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const quarter = (q: 'q1' | 'q2' | 'q3' | 'q4'): Column<PlanRow> => ({
    key: q,
    header: t(`col.${q}`),
    align: 'end',
    render: (row) => <Amount value={row[q]} />,
  });
  const columns: Column<PlanRow>[] = [
    { key: 'label', header: t('col.program'), rowHeader: true, render: (row) => localName(row.labelKo, row.labelEn) },
    quarter('q1'),
    quarter('q2'),
    quarter('q3'),
    quarter('q4'),
    {
      key: 'total',
      header: t('col.rowTotal'),
      align: 'end',
      render: (row) => <Amount value={(BigInt(row.q1) + BigInt(row.q2) + BigInt(row.q3) + BigInt(row.q4)).toString()} />,
    },
  ];
  if (detail.line.kind !== 'expenditure' && detail.plan.length === 0) return null;
  return (
    <Section title={t('plan.section')} testId="line-plan-section">
      <DataTable
        caption={t('plan.readCaption')}
        columns={columns}
        rows={detail.plan.map((row, position) => ({ ...row, position }))}
        rowKey={(row) => String(row.position)}
        narrow="scroll"
        testId="line-plan"
      />
    </Section>
  );
}

interface SettingsValues {
  control: Schemas['BudgetControl'];
  officerUserId?: string;
}

function SettingsForm({ detail }: { detail: Detail }) {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const refresh = useRefreshFinance();
  const officers = $api.useQuery('get', '/api/finance/officers');
  const form = useForm<SettingsValues>({
    mode: 'onTouched',
    defaultValues: { control: detail.line.control, officerUserId: detail.line.officerUserId ?? '' },
  });
  const { line } = detail;
  const options = (officers.data ?? []).map((o) => ({
    value: o.id,
    label: t('settings.officerOption', { name: o.name, role: tc(`role.${o.role}`) }),
  }));
  // The named officer shows even before the list has come (or if they have since left the list).
  if (line.officerUserId && !options.some((o) => o.value === line.officerUserId))
    options.unshift({ value: line.officerUserId, label: detail.officerName ?? line.officerUserId });
  return (
    <Section title={t('settings.title')} testId="line-settings-section">
      <Form
        form={form}
        testId="line-settings"
        label={t('settings.title')}
        submitLabel={tc('action.save')}
        success={() => t('saved')}
        onSubmit={async (values) => {
          await unwrap(
            api.PATCH('/api/finance/books/{fiscalYear}/lines/{code}', {
              params: { path: { fiscalYear: line.fiscalYear, code: line.code } },
              body: { control: values.control, officerUserId: values.officerUserId || null },
            }),
          );
          await refresh();
        }}
      >
        <div className="form-grid">
          <SelectField
            name="control"
            label={t('col.control')}
            hint={t('controlHint')}
            required
            placeholder={false}
            options={(['stop', 'warn', 'ignore'] as const).map((c) => ({ value: c, label: t(`control.${c}`) }))}
            testId="line-settings-control"
          />
          <SelectField
            name="officerUserId"
            label={t('line.officer')}
            placeholder={t('line.officerAll')}
            options={options}
            testId="line-settings-officer"
          />
        </div>
      </Form>
    </Section>
  );
}
