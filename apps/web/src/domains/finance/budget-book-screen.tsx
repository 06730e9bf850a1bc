import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { $api, api, asApiError, type Schemas, unwrap } from '../../api/client';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import {
  type Column,
  DataTable,
  DetailList,
  Form,
  Notice,
  NumberField,
  PageHeader,
  problemText,
  QueryState,
  Section,
  SelectField,
  useLocalName,
  Won,
} from '../../kit';
import { finance } from './i18n';
import { BOOK_KEEPERS, isIn } from './roles';
import {
  Amount,
  ChooserSelect,
  ControlBadge,
  linePath,
  MAX_WON,
  planPath,
  reportPath,
  thisFiscalYear,
  useRefreshFinance,
  useYearOptions,
  wholeNumber,
  yearFrom,
} from './shared';
import './finance.css';

registerCatalogue('finance', finance);

type Book = Schemas['BudgetBookView'];
type Row = Schemas['BudgetBookRowView'];
type RevenueLine = Schemas['BudgetLineSummaryView'];

/** 예산서: a year's expenditure tree and revenue lines with what is committed, paid and left; its rules; a new year. */
export default function BudgetBookScreen() {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const { t: tn } = useTranslation('nav');
  const session = useSession();
  const keeper = isIn(BOOK_KEEPERS, session?.user.role);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const fiscalYear = yearFrom(params.get('fiscalYear')) ?? thisFiscalYear();

  const years = $api.useQuery('get', '/api/finance/books');
  const book = $api.useQuery('get', '/api/finance/books/{fiscalYear}', { params: { path: { fiscalYear } } });
  const yearOptions = useYearOptions(years.data, fiscalYear);
  const missing = book.error ? asApiError(book.error).code === 'BUDGET_BOOK.NOT_FOUND' : false;

  return (
    <div className="fin-screen" data-testid="finance-book">
      <PageHeader title={t('book.title', { year: fiscalYear })} lead={book.data ? <Origin book={book.data} /> : undefined} />
      <div className="fin-toolbar">
        <ChooserSelect
          label={t('fiscalYear')}
          value={String(fiscalYear)}
          options={yearOptions}
          onChange={(year) => navigate(`/finance-book?fiscalYear=${year}`)}
          testId="book-year"
        />
        <nav className="fin-links" aria-label={t('book.links')}>
          {keeper && (
            <Link to={planPath(fiscalYear)} data-testid="book-to-plan">
              {tn('financePlan')}
            </Link>
          )}
          <Link to={reportPath(fiscalYear)} data-testid="book-to-report">
            {tn('financeReport')}
          </Link>
        </nav>
      </div>
      {book.data && <Notifications />}
      {missing ? (
        <Notice tone="warning" title={problemText(tc, { code: 'BUDGET_BOOK.NOT_FOUND', params: { fiscalYear } })} testId="book-missing">
          {keeper ? t('book.missingKeeper') : t('book.missing')}
        </Notice>
      ) : (
        <QueryState loading={book.isPending} error={book.error} retry={() => void book.refetch()} testId="book">
          {book.data && <BookTables book={book.data} />}
        </QueryState>
      )}
      {book.data && <Rules book={book.data} keeper={keeper} />}
      {keeper && <OpenYear years={years.data?.map((y) => y.fiscalYear)} />}
    </div>
  );
}

function Origin({ book }: { book: Book }) {
  const { t } = useTranslation('finance');
  return (
    <span data-testid="book-origin">
      {book.carriedFrom
        ? t('book.carriedFrom', { year: book.carriedFrom, name: book.openedByName })
        : t('book.openedBy', { name: book.openedByName })}
    </span>
  );
}

function LineName({
  fiscalYear,
  row,
  link,
}: {
  fiscalYear: number;
  row: { code: string; nameKo: string; nameEn: string; depth?: number };
  link: boolean;
}) {
  const name = useLocalName()(row.nameKo, row.nameEn);
  return (
    <span className={`fin-line-name fin-indent-${row.depth ?? 0}`}>
      {link ? (
        <Link to={linePath(fiscalYear, row.code)} data-testid={`book-line-${row.code}`}>
          {name}
        </Link>
      ) : (
        name
      )}
      {row.code !== 'TOTAL' && <span className="fin-code">{row.code}</span>}
    </span>
  );
}

function BookTables({ book }: { book: Book }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const year = book.fiscalYear;
  const expenditure: Column<Row>[] = [
    {
      key: 'line',
      header: t('col.line'),
      rowHeader: true,
      render: (row) => <LineName fiscalYear={year} row={row} link={row.level === 'unit'} />,
    },
    { key: 'amount', header: t('col.budget'), align: 'end', render: (row) => <Amount value={row.amount} /> },
    {
      key: 'committed',
      header: t('col.committed'),
      align: 'end',
      render: (row) => <Amount value={row.committed} testId="book-committed" />,
    },
    { key: 'paid', header: t('col.paid'), align: 'end', render: (row) => <Amount value={row.paid} /> },
    {
      key: 'remaining',
      header: t('col.remaining'),
      align: 'end',
      render: (row) => <Amount value={row.remaining} testId="book-remaining" />,
    },
    { key: 'rate', header: t('col.rate'), align: 'end', render: (row) => row.rate.printed },
    { key: 'planned', header: t('col.planned'), align: 'end', render: (row) => <Amount value={row.planned} /> },
    {
      key: 'control',
      header: t('col.control'),
      render: (row) => (
        <span className="fin-badges">
          <ControlBadge control={row.control} />
          {row.held && row.held.count > 0 && (
            <span className="krds-badge outline-warning">{t('heldBadge', { count: row.held.count, amount: row.held.amount })}</span>
          )}
        </span>
      ),
    },
  ];
  const revenue: Column<RevenueLine>[] = [
    { key: 'line', header: t('col.line'), rowHeader: true, render: (line) => <LineName fiscalYear={year} row={line} link /> },
    { key: 'covers', header: t('col.covers'), render: (line) => localName(line.noteKo, line.noteEn) },
    { key: 'amount', header: t('col.revenueBudget'), align: 'end', render: (line) => <Amount value={line.amount} /> },
    { key: 'collected', header: t('col.collected'), align: 'end', render: (line) => <Amount value={line.collected} /> },
    { key: 'rate', header: t('col.collectionRate'), align: 'end', render: (line) => line.rate.printed },
  ];
  return (
    <>
      <Section title={t('book.expenditure')} testId="book-expenditure-section">
        <DataTable
          caption={t('book.expenditureCaption', { year })}
          columns={expenditure}
          rows={book.expenditure}
          rowKey={(row) => row.code}
          rowTestId={(row) => `book-row-${row.code}`}
          rowClassName={(row) => `fin-level-${row.level}`}
          narrow="scroll"
          testId="book-expenditure"
        />
      </Section>
      <Section title={t('book.revenue')}>
        <DataTable
          caption={t('book.revenueCaption', { year })}
          columns={revenue}
          rows={book.revenue}
          rowKey={(line) => line.code}
          rowTestId={(line) => `book-revenue-${line.code}`}
          narrow="scroll"
          testId="book-revenue"
        />
      </Section>
    </>
  );
}

/** Where a line's alerts now arrive: the notification service's inbox (and e-mail), not a list of finance's own. */
function Notifications() {
  const { t } = useTranslation('finance');
  return (
    <Section title={t('notices.title')} testId="book-notices">
      <p className="state-line" data-testid="book-notices-in-inbox">
        {t('notices.inInbox')} <Link to="/inbox">{t('notices.openInbox')}</Link>
      </p>
    </Section>
  );
}

interface RulesValues {
  mealLineCode?: string;
  mealCostPerDay?: number;
  feeRevenueLineCode?: string;
}

/** The year's booking rules, and (for those who keep the books) the form that changes them. */
function Rules({ book, keeper }: { book: Book; keeper: boolean }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const named = (code: string | null, lines: { code: string; nameKo: string; nameEn: string }[]) => {
    if (!code) return t('rules.notSet');
    const line = lines.find((l) => l.code === code);
    return line ? t('nameWithCode', { name: localName(line.nameKo, line.nameEn), code }) : code;
  };
  const units = book.expenditure.filter((r) => r.level === 'unit');
  return (
    <Section title={t('rules.title')} testId="book-rules-section">
      <p className="fin-muted">{t('rules.intro')}</p>
      <DetailList
        testId="book-rules"
        items={[
          { key: 'meal', label: t('rules.mealLine'), value: named(book.rules.mealLineCode, units) },
          {
            key: 'cost',
            label: t('rules.mealCost'),
            value: book.rules.mealCostPerDay ? <Won amount={book.rules.mealCostPerDay} /> : t('rules.notSet'),
          },
          { key: 'fee', label: t('rules.feeLine'), value: named(book.rules.feeRevenueLineCode, book.revenue) },
        ]}
      />
      {keeper && <RulesForm key={book.fiscalYear} book={book} />}
    </Section>
  );
}

function RulesForm({ book }: { book: Book }) {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const localName = useLocalName();
  const refresh = useRefreshFinance();
  const form = useForm<RulesValues>({
    mode: 'onTouched',
    defaultValues: {
      mealLineCode: book.rules.mealLineCode ?? '',
      mealCostPerDay: book.rules.mealCostPerDay === null ? undefined : Number(book.rules.mealCostPerDay),
      feeRevenueLineCode: book.rules.feeRevenueLineCode ?? '',
    },
  });
  const option = (l: { code: string; nameKo: string; nameEn: string }) => ({
    value: l.code,
    label: t('nameWithCode', { name: localName(l.nameKo, l.nameEn), code: l.code }),
  });
  return (
    <div className="fin-subsection">
      <h3 className="section-title">{t('rules.edit')}</h3>
      <Form
        form={form}
        testId="book-rules-form"
        label={t('rules.edit')}
        submitLabel={tc('action.save')}
        success={() => t('saved')}
        onSubmit={async (values) => {
          await unwrap(
            api.PATCH('/api/finance/books/{fiscalYear}', {
              params: { path: { fiscalYear: book.fiscalYear } },
              body: {
                mealLineCode: values.mealLineCode || null,
                mealCostPerDay: values.mealCostPerDay ?? null,
                feeRevenueLineCode: values.feeRevenueLineCode || null,
              },
            }),
          );
          await refresh();
        }}
      >
        <div className="form-grid">
          <SelectField
            name="mealLineCode"
            label={t('rules.mealLine')}
            options={book.expenditure.filter((r) => r.level === 'unit').map(option)}
            placeholder={t('rules.notSet')}
            testId="book-rules-meal-line"
          />
          <NumberField
            name="mealCostPerDay"
            label={t('rules.mealCost')}
            unit={t('wonUnit')}
            min={0}
            max={MAX_WON}
            validate={wholeNumber}
            testId="book-rules-meal-cost"
          />
          <SelectField
            name="feeRevenueLineCode"
            label={t('rules.feeLine')}
            options={book.revenue.map(option)}
            placeholder={t('rules.notSet')}
            testId="book-rules-fee-line"
          />
        </div>
      </Form>
    </div>
  );
}

interface OpenValues {
  fiscalYear?: number;
  copyFrom?: number;
}

/** Opens a fiscal year by carrying a book forward (the latest earlier one, or the one named). */
function OpenYear({ years }: { years: number[] | undefined }) {
  const { t } = useTranslation('finance');
  const navigate = useNavigate();
  const refresh = useRefreshFinance();
  const form = useForm<OpenValues>({ mode: 'onTouched' });
  const known = years ?? [];
  return (
    <Section title={t('open.title')} testId="book-open-section">
      <Form
        form={form}
        testId="book-open"
        label={t('open.title')}
        submitLabel={t('open.submit')}
        resetOnSuccess
        success={(opened: Book) => t('open.done', { year: opened.fiscalYear })}
        onSubmit={async ({ fiscalYear, copyFrom }) => {
          const opened = await unwrap(
            api.POST('/api/finance/books', { body: { fiscalYear: fiscalYear!, ...(copyFrom ? { copyFrom } : {}) } }),
          );
          await refresh();
          navigate(`/finance-book?fiscalYear=${opened.fiscalYear}`);
          return opened;
        }}
      >
        <div className="form-grid">
          <NumberField
            name="fiscalYear"
            label={t('open.year')}
            required
            min={2000}
            max={2100}
            validate={(value) =>
              wholeNumber(value) ??
              (typeof value === 'number' && known.includes(value)
                ? { code: 'BUDGET_BOOK.ALREADY_OPEN', params: { fiscalYear: value } }
                : null)
            }
            testId="book-open-year"
          />
          <NumberField
            name="copyFrom"
            label={t('open.copyFrom')}
            hint={t('open.copyFromHint')}
            min={2000}
            max={2100}
            validate={(value, values) => {
              if (typeof value !== 'number') return null;
              if (value === values.fiscalYear) return { code: 'BUDGET_BOOK.COPY_FROM_SAME_YEAR', params: { fiscalYear: value } };
              if (years && !known.includes(value)) return { code: 'BUDGET_BOOK.COPY_FROM_MISSING', params: { copyFrom: value } };
              return wholeNumber(value);
            }}
            testId="book-open-copy-from"
          />
        </div>
      </Form>
    </Section>
  );
}
