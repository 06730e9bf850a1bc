import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { currentLanguage, registerCatalogue } from '../../i18n/i18n';
import { Button, type Column, DataTable, DateText, Notice, PageHeader, QueryState, SelectField, useLocalName } from '../../kit';
import { addMonths, type Month, monthRange, monthText, monthWeeks, parseMonth, runningOn } from './calendar';
import { curriculum } from './i18n';
import { seoulToday, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

type Cohort = Schemas['CohortPageView'];
type Week = (string | null)[];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * 기수 달력: a month of cohorts day by day, for the whole institute or one room or instructor.
 * `?month=2027-03&room=<id>` (or `&instructor=<id>`) keeps the view in the address.
 */
export default function CalendarScreen() {
  const t = useCurriculumT();
  const [params, setParams] = useSearchParams();
  const today = seoulToday();
  const month = parseMonth(params.get('month'), today);
  const roomId = params.get('room') ?? undefined;
  const instructorId = params.get('instructor') ?? undefined;
  const cohorts = $api.useQuery('get', '/api/cohorts', { params: { query: { ...monthRange(month), roomId, instructorId } } });
  const rooms = $api.useQuery('get', '/api/rooms');
  const instructors = $api.useQuery('get', '/api/instructors');
  const running = (cohorts.data ?? []).filter((c) => c.status !== 'cancelled');

  const go = (next: Month, who = { room: roomId, instructor: instructorId }) => {
    const query = new URLSearchParams({ month: monthText(next) });
    if (who.room) query.set('room', who.room);
    if (who.instructor) query.set('instructor', who.instructor);
    setParams(query);
  };
  const label = monthLabel(month);

  return (
    <div data-testid="calendar-page">
      <PageHeader title={t('calendar.title')} lead={t('calendar.lead')} />
      <div className="cal-toolbar">
        <div className="button-row">
          <Button size="small" onClick={() => go(addMonths(month, -1))} testId="calendar-prev">
            {t('calendar.prev')}
          </Button>
          <h2 className="section-title cal-month" aria-live="polite" data-testid="calendar-month">
            {label}
          </h2>
          <Button size="small" onClick={() => go(addMonths(month, 1))} testId="calendar-next">
            {t('calendar.next')}
          </Button>
          <Button size="small" variant="tertiary" onClick={() => go(parseMonth(null, today))} testId="calendar-today">
            {t('calendar.thisMonth')}
          </Button>
        </div>
        <WhoFilter
          value={roomId ? `room:${roomId}` : instructorId ? `instructor:${instructorId}` : ''}
          rooms={rooms.data ?? []}
          instructors={instructors.data ?? []}
          onChange={(value) => {
            const [kind, id] = value.split(':');
            go(month, { room: kind === 'room' ? id : undefined, instructor: kind === 'instructor' ? id : undefined });
          }}
        />
      </div>
      <QueryState loading={cohorts.isPending} error={cohorts.error} retry={() => void cohorts.refetch()} testId="calendar">
        {running.length === 0 && (
          <Notice tone="info" testId="calendar-empty">
            {t('calendar.empty')}
          </Notice>
        )}
        <MonthGrid month={month} label={label} cohorts={running} today={today} />
      </QueryState>
    </div>
  );
}

function monthLabel({ year, month }: Month): string {
  return currentLanguage() === 'ko'
    ? `${year}년 ${month}월`
    : new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Whose schedule: the whole institute, a room or an instructor (kit fields, applied on change). */
function WhoFilter({
  value,
  rooms,
  instructors,
  onChange,
}: {
  value: string;
  rooms: Schemas['RoomView'][];
  instructors: Schemas['InstructorView'][];
  onChange(value: string): void;
}) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const filter = useForm<{ who: string }>({ defaultValues: { who: value } });
  const options = [
    ...rooms.map((r) => ({ value: `room:${r.id}`, label: `${t('calendar.room')}: ${localName(r.nameKo, r.nameEn)}` })),
    ...instructors.map((i) => ({ value: `instructor:${i.id}`, label: `${t('calendar.instructor')}: ${i.name}` })),
  ];
  // The options arrive after the address named one: show it chosen.
  useEffect(() => filter.setValue('who', value), [filter, value, options.length]);
  useEffect(() => {
    const subscription = filter.watch((values, { name, type }) => type === 'change' && name === 'who' && onChange(values.who ?? ''));
    return () => subscription.unsubscribe();
  }, [filter, onChange]);
  return (
    <FormProvider {...filter}>
      <div role="search" className="cal-filter">
        <SelectField
          name="who"
          label={t('calendar.show')}
          options={options}
          placeholder={t('calendar.everyone')}
          testId="calendar-filter"
        />
      </div>
    </FormProvider>
  );
}

function MonthGrid({ month, label, cohorts, today }: { month: Month; label: string; cohorts: Cohort[]; today: string }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const columns: Column<Week>[] = WEEKDAYS.map((day, i) => ({
    key: day,
    header: t(`weekday.${day}`),
    className: 'cal-cell',
    render: (week) => {
      const date = week[i];
      if (!date) return <span className="cal-outside" aria-hidden="true" />;
      const items = runningOn(cohorts, date);
      return (
        <div className={`cal-day${date === today ? ' today' : ''}`} data-date={date}>
          <span className="cal-date">
            <span aria-hidden="true">{Number(date.slice(8))}</span>
            <span className="sr-only">
              <DateText date={date} weekday />
            </span>
          </span>
          {items.length > 0 && (
            <ul className="cal-items">
              {items.map((c) => {
                const text =
                  `${localName(c.courseNameKo, c.courseNameEn)} ` +
                  `${t('cohortNo', { no: c.cohortNo })} ` +
                  `${c.dailyStartTime}–${c.dailyEndTime}${c.roomNameKo ? ` · ${localName(c.roomNameKo, c.roomNameEn)}` : ''}`;
                return (
                  <li key={c.id} className={`cal-chip ${c.status}`}>
                    {c.status === 'scheduled' ? <Link to={`/cohorts/${c.id}/edit`}>{text}</Link> : text}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      );
    },
  }));
  return (
    <DataTable
      caption={label}
      columns={columns}
      rows={monthWeeks(month)}
      rowKey={(week) => week.find(Boolean) ?? ''}
      testId="calendar"
      narrow="scroll"
    />
  );
}
