import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { Badge, type Column, DataTable, Num, Pagination, Period, useLocalName, Won } from '../../kit';
import { isPending } from './cohort-rules';
import { CohortStatusBadge, Pending, useCurriculumT } from './shared';

type Cohort = Schemas['CohortPageView'];
const PAGE = 20;

/**
 * The cohorts with their seats (enrollment's) and committed amount (finance's). Seven columns that
 * fit a 1280 px screen in either language: each cell holds a fact and its detail on a second line.
 */
export function CohortTable({
  cohorts,
  lines,
  canEdit,
  canOpenCourse,
}: {
  cohorts: Cohort[];
  lines: Schemas['ChargeableBudgetLineView'][] | undefined;
  canEdit: boolean;
  canOpenCourse: boolean;
}) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(cohorts.length / PAGE));
  const shown = cohorts.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const lineName = (code: string) => {
    const line = lines?.find((l) => l.code === code);
    return line ? localName(line.nameKo, line.nameEn) : null;
  };
  const courseName = (c: Cohort) => localName(c.courseNameKo, c.courseNameEn);

  const columns: Column<Cohort>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      className: 'name-cell',
      render: (c) => (
        <>
          {canOpenCourse ? <Link to={`/catalog/${c.courseId}`}>{courseName(c)}</Link> : <span className="strong">{courseName(c)}</span>}
          <span className="cell-sub">
            {c.courseCode} · {t('cohortNo', { no: c.cohortNo })}
          </span>
        </>
      ),
    },
    {
      key: 'period',
      header: t('col.period'),
      render: (c) => (
        <>
          <Period start={c.startDate} end={c.endDate} />
          <span className="cell-sub">
            {c.dailyStartTime}–{c.dailyEndTime}
          </span>
        </>
      ),
    },
    {
      key: 'room',
      header: t('col.roomInstructors'),
      render: (c) => (
        <>
          {c.roomNameKo ? localName(c.roomNameKo, c.roomNameEn) : t('noRoom')}
          {c.instructors.length > 0 && <span className="cell-sub">{c.instructors.map((i) => i.name).join(', ')}</span>}
        </>
      ),
    },
    {
      key: 'seats',
      header: t('col.seats'),
      render: (c) => (
        <>
          <span className="cell-line">
            {t('seats.capacity')} <Num value={c.capacity} />
          </span>
          <span className="cell-line" data-testid="cohort-seats-free">
            {t('seats.free')} {c.seatsFree === null ? isPending(c) ? <Pending /> : '—' : <Num value={c.seatsFree} />}
          </span>
        </>
      ),
    },
    {
      key: 'budget',
      header: t('col.budget'),
      render: (c) => (
        <>
          <span className="cell-line">
            {t('budget.cost')} <Won amount={c.estimatedCost} />
          </span>
          <span className="cell-line" data-testid="cohort-committed">
            {t('budget.committed')} {c.committedAmount === null ? isPending(c) ? <Pending /> : '—' : <Won amount={c.committedAmount} />}
          </span>
          <span className="cell-sub">
            {c.budgetLineCode}
            {lineName(c.budgetLineCode) ? ` · ${lineName(c.budgetLineCode)}` : ''}
          </span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('col.status'),
      className: 'nowrap',
      render: (c) => (
        <span className="cell-badges" data-testid="cohort-status">
          <CohortStatusBadge status={c.status} />
          {c.underFilled && <Badge tone="warning">{t('underFilled')}</Badge>}
        </span>
      ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('col.actions'),
      className: 'nowrap',
      render: (c) =>
        c.status === 'scheduled' ? (
          <Link
            to={`/cohorts/${c.id}/edit`}
            className="krds-btn small secondary"
            data-testid="cohort-edit"
            aria-label={t('editCohort', { course: courseName(c), no: c.cohortNo })}
          >
            {t('edit')}
          </Link>
        ) : null,
    });
  }

  return (
    <>
      <DataTable
        caption={t('cohorts.caption')}
        columns={columns}
        rows={shown}
        rowKey={(c) => c.id}
        rowTestId="cohort-row"
        testId="cohort-table"
        narrow="scroll"
        empty={t('cohorts.empty')}
      />
      <Pagination page={Math.min(page, pages)} pages={pages} onPage={setPage} testId="cohort-pages" />
    </>
  );
}
