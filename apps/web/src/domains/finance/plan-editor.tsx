import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, type ErrorBody, type Schemas } from '../../api/client';
import { Button, type Column, DataTable, Form, NumberField, TextField, useLocalName } from '../../kit';
import { groupDigits, MAX_PLAN_ROWS, MAX_WON, REASON_RULES, wholeNumber } from './shared';

type Detail = Schemas['BudgetLineDetailView'];
export type PlanBody = Schemas['ReviseQuarterlyPlanDto'];

const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;
type Quarter = (typeof QUARTERS)[number];

interface RowValues {
  labelKo: string;
  labelEn: string;
  q1?: number;
  q2?: number;
  q3?: number;
  q4?: number;
}

interface PlanValues {
  rows: RowValues[];
  reason: string;
}

const valuesOf = (plan: Detail['plan']): PlanValues => ({
  rows: plan.map((row) => ({
    labelKo: row.labelKo,
    labelEn: row.labelEn,
    q1: Number(row.q1),
    q2: Number(row.q2),
    q3: Number(row.q3),
    q4: Number(row.q4),
  })),
  reason: '',
});

/** A quarter's amount as the sum counts it: whole won, nothing for a box that is empty or wrong. */
const won = (value: unknown): bigint => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? BigInt(value) : 0n);
export const rowTotal = (row: Partial<RowValues> | undefined): bigint => QUARTERS.reduce((sum, q) => sum + won(row?.[q]), 0n);
export const planTotal = (rows: Partial<RowValues>[] | undefined): bigint => (rows ?? []).reduce((sum, row) => sum + rowTotal(row), 0n);

/**
 * The quarterly plan of one line as a grid of fields: each row a program, each quarter's amount in
 * won. A problem (the client's rule or the server's `rows.2.q3`) shows beside its own row and
 * field, in words; the totals against the current budget follow every keystroke, and a plan over
 * the budget is refused beside the save button before it is sent.
 */
export function PlanEditor({ detail, save }: { detail: Detail; save(body: PlanBody): Promise<Detail> }) {
  const { t } = useTranslation('finance');
  const localName = useLocalName();
  const form = useForm<PlanValues>({ mode: 'onTouched', defaultValues: valuesOf(detail.plan) });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'rows' });
  const rows = useWatch({ control: form.control, name: 'rows' });
  const budget = BigInt(detail.line.amount);
  const planned = planTotal(rows);
  const over = planned > budget;
  const lineName = t('nameWithCode', { name: localName(detail.line.nameKo, detail.line.nameEn), code: detail.line.code });

  const cell = (index: number, column: string) => t('plan.cell', { row: index + 1, column });
  const quarter = (q: Quarter): Column<(typeof fields)[number]> => ({
    key: q,
    header: t(`col.${q}`),
    render: (_row, index) => (
      <NumberField
        name={`rows.${index}.${q}`}
        label={cell(index, t(`col.${q}`))}
        className="fin-cell-amount"
        required
        min={0}
        max={MAX_WON}
        validate={wholeNumber}
        testId={`plan-${index}-${q}`}
      />
    ),
  });
  const columns: Column<(typeof fields)[number]>[] = [
    {
      key: 'labelKo',
      header: t('col.programKo'),
      render: (_row, index) => (
        <TextField
          name={`rows.${index}.labelKo`}
          label={cell(index, t('col.programKo'))}
          className="fin-cell-label"
          required
          maxLength={200}
          testId={`plan-${index}-labelKo`}
        />
      ),
    },
    {
      key: 'labelEn',
      header: t('col.programEn'),
      render: (_row, index) => (
        <TextField
          name={`rows.${index}.labelEn`}
          label={cell(index, t('col.programEn'))}
          className="fin-cell-label"
          maxLength={200}
          testId={`plan-${index}-labelEn`}
        />
      ),
    },
    ...QUARTERS.map(quarter),
    {
      key: 'total',
      header: t('col.rowTotal'),
      align: 'end',
      render: (_row, index) => (
        <span className="fin-amount" data-testid={`plan-${index}-total`}>
          {groupDigits(rowTotal(rows?.[index]))}
        </span>
      ),
    },
    {
      key: 'remove',
      header: t('col.remove'),
      render: (_row, index) => (
        <Button
          size="xsmall"
          variant="tertiary"
          aria-label={t('plan.removeRow', { row: index + 1 })}
          onClick={() => remove(index)}
          testId={`plan-${index}-remove`}
        >
          {t('col.remove')}
        </Button>
      ),
    },
  ];

  return (
    <Form
      form={form}
      testId="plan"
      label={t('plan.caption', { line: lineName })}
      submitLabel={t('plan.save')}
      success={() => t('plan.saved')}
      onSubmit={async (values) => {
        const total = planTotal(values.rows);
        if (total > budget) {
          // The server's rule, checked before sending: the plan as a whole, shown beside the save button.
          throw new ApiError(400, {
            statusCode: 400,
            code: 'VALIDATION',
            message: 'over budget',
            errors: [
              { field: 'rows', code: 'QUARTERLY_PLAN.OVER_BUDGET', params: { planned: total.toString(), budget: budget.toString() } },
            ],
          } as ErrorBody);
        }
        const saved = await save({
          rows: values.rows.map((row) => ({
            labelKo: row.labelKo,
            ...(row.labelEn ? { labelEn: row.labelEn } : {}),
            q1: row.q1!,
            q2: row.q2!,
            q3: row.q3!,
            q4: row.q4!,
          })),
          reason: values.reason,
        });
        form.reset(valuesOf(saved.plan));
      }}
    >
      <div className="fin-plan-grid">
        <DataTable
          caption={t('plan.caption', { line: lineName })}
          columns={columns}
          rows={fields}
          rowKey={(row) => row.id}
          rowTestId="plan-row"
          narrow="scroll"
          testId="plan-table"
          empty={t('plan.empty')}
        />
      </div>
      <div className="button-row">
        <Button
          onClick={() => append({ labelKo: '', labelEn: '', q1: 0, q2: 0, q3: 0, q4: 0 }, { focusName: `rows.${fields.length}.labelKo` })}
          disabled={fields.length >= MAX_PLAN_ROWS}
          testId="plan-add-row"
        >
          {t('plan.addRow')}
        </Button>
        {fields.length >= MAX_PLAN_ROWS && <span className="fin-muted">{t('plan.maxRows', { max: MAX_PLAN_ROWS })}</span>}
      </div>
      <p className={`fin-plan-totals${over ? ' over' : ''}`} aria-live="polite" data-testid="plan-totals">
        {t('plan.totals', { planned: planned.toString(), budget: budget.toString(), left: (budget - planned).toString() })}
        {over && <> {t('plan.over')}</>}
      </p>
      <TextField name="reason" label={t('reason')} hint={t('reasonHint')} {...REASON_RULES} testId="plan-reason" />
    </Form>
  );
}
