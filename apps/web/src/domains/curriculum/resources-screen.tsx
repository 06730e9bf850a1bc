import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  CheckboxField,
  type Column,
  DataTable,
  DateField,
  Form,
  Num,
  NumberField,
  PageHeader,
  Period,
  type Problem,
  QueryState,
  Section,
  SelectField,
  TextField,
  useLocalName,
} from '../../kit';
import { refreshPaths } from './cohort-data';
import { curriculum } from './i18n';
import { INSTRUCTOR_KINDS, PATTERNS, ROOM_KINDS, seoulToday, useCurriculumT } from './shared';

registerCatalogue('curriculum', curriculum);

const ROOM_PATHS = ['/api/rooms', '/api/curriculum-settings', '/api/cohorts', '/api/cohorts/{id}', '/api/rooms/{id}/schedule'];
const INSTRUCTOR_PATHS = ['/api/instructors', '/api/instructors/{id}/schedule'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "빔프로젝터, 전자칠판" → a list. */
const listOf = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const upperCode = (value: unknown): Problem | null =>
  typeof value === 'string' && value !== '' && !PATTERNS.code.test(value.toUpperCase()) ? { code: 'VALIDATION.FORMAT' } : null;
const eachAtMost =
  (max: number, count: number) =>
  (value: unknown): Problem | null => {
    const items = listOf(value as string);
    if (items.length > count) return { code: 'VALIDATION.MAX_ITEMS', params: { max: count } };
    return items.some((x) => x.length > max) ? { code: 'VALIDATION.MAX_LENGTH', params: { max } } : null;
  };

/**
 * 강의실·강사: the distancing rule and the default daily hours, the rooms with their seats now, the
 * instructors with their survey rating, adding either, and the schedule of one of them
 * (`?room=<id>` or `?instructor=<id>`).
 */
export default function ResourcesScreen() {
  const t = useCurriculumT();
  const [params] = useSearchParams();
  const settings = $api.useQuery('get', '/api/curriculum-settings');
  const rooms = $api.useQuery('get', '/api/rooms');
  const instructors = $api.useQuery('get', '/api/instructors');
  const roomId = params.get('room');
  const instructorId = params.get('instructor');
  return (
    <div data-testid="resources">
      <PageHeader title={t('resources.title')} lead={t('resources.lead')} />
      <QueryState
        loading={settings.isPending || rooms.isPending || instructors.isPending}
        error={settings.error ?? rooms.error ?? instructors.error}
        retry={() => void rooms.refetch()}
        testId="resources"
      >
        {(roomId || instructorId) && (
          <Schedule roomId={roomId} instructorId={instructorId} rooms={rooms.data ?? []} instructors={instructors.data ?? []} />
        )}
        {settings.data && <Settings settings={settings.data} />}
        <Rooms rooms={rooms.data ?? []} />
        <Instructors instructors={instructors.data ?? []} />
      </QueryState>
    </div>
  );
}

function Settings({ settings }: { settings: Schemas['CurriculumSettingsView'] }) {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const form = useForm<{ distancingEnabled: boolean; defaultDailyStart?: string; defaultDailyEnd?: string }>({
    mode: 'onTouched',
    defaultValues: settings,
  });
  return (
    <Section title={t('settings.title')} testId="settings">
      <p className="section-lead">{t('settings.distancingLead')}</p>
      <Form
        form={form}
        testId="settings-form"
        label={t('settings.title')}
        submitLabel={t('settings.save')}
        success={(saved: Schemas['CurriculumSettingsView']) =>
          saved.distancingEnabled
            ? settings.distancingEnabled
              ? t('settings.saved')
              : t('settings.distancingOn', { count: saved.adjustedCohorts?.length ?? 0 })
            : settings.distancingEnabled
              ? t('settings.distancingOff')
              : t('settings.saved')
        }
        onSubmit={async (v) => {
          const saved = await unwrap(
            api.PUT('/api/curriculum-settings', {
              body: {
                distancingEnabled: v.distancingEnabled,
                defaultDailyStart: v.defaultDailyStart?.slice(0, 5),
                defaultDailyEnd: v.defaultDailyEnd?.slice(0, 5),
              },
            }),
          );
          void refreshPaths(queryClient, ROOM_PATHS);
          return saved;
        }}
      >
        <CheckboxField name="distancingEnabled" label={t('settings.distancing')} testId="distancing-toggle" />
        <div className="form-grid">
          <DateField name="defaultDailyStart" type="time" label={t('settings.dailyStart')} required testId="settings-daily-start" />
          <DateField
            name="defaultDailyEnd"
            type="time"
            label={t('settings.dailyEnd')}
            required
            validate={(end, v) =>
              typeof end === 'string' && v.defaultDailyStart && end <= v.defaultDailyStart
                ? { code: 'CURRICULUM_SETTINGS.HOURS_REVERSED', params: { defaultDailyStart: v.defaultDailyStart, defaultDailyEnd: end } }
                : null
            }
            testId="settings-daily-end"
          />
        </div>
      </Form>
    </Section>
  );
}

function Rooms({ rooms }: { rooms: Schemas['RoomView'][] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const columns: Column<Schemas['RoomView']>[] = [
    { key: 'code', header: t('col.code'), render: (r) => <span className="code">{r.code}</span> },
    {
      key: 'name',
      header: t('col.room'),
      rowHeader: true,
      render: (r) => (
        <>
          {localName(r.nameKo, r.nameEn)}
          {r.building && <span className="cell-sub">{r.building}</span>}
        </>
      ),
    },
    { key: 'kind', header: t('rooms.kind'), render: (r) => t(`roomKind.${r.kind}`) },
    { key: 'capacity', header: t('rooms.capacity'), align: 'end', render: (r) => <Num value={r.capacity} /> },
    { key: 'seatsNow', header: t('rooms.seatsNow'), align: 'end', render: (r) => <Num value={r.seatsNow} /> },
    { key: 'equipment', header: t('rooms.equipment'), render: (r) => r.equipment.join(', ') },
    {
      key: 'schedule',
      header: t('col.schedule'),
      render: (r) => (
        <Link to={`/resources?room=${r.id}`} aria-label={t('schedule.showOf', { name: localName(r.nameKo, r.nameEn) })}>
          {t('schedule.show')}
        </Link>
      ),
    },
  ];
  return (
    <Section title={t('rooms.title')} testId="rooms">
      <DataTable
        caption={t('rooms.title')}
        columns={columns}
        rows={rooms}
        rowKey={(r) => r.id}
        rowTestId="room-row"
        testId="rooms-table"
        narrow="scroll"
        empty={t('rooms.none')}
      />
      <details className="cur-more">
        <summary data-testid="room-add-open">{t('rooms.add')}</summary>
        <AddRoom />
      </details>
    </Section>
  );
}

function AddRoom() {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const form = useForm<{
    code?: string;
    nameKo?: string;
    nameEn?: string;
    kind?: Schemas['RoomKind'];
    capacity?: number;
    equipment?: string;
    building?: string;
  }>({ mode: 'onTouched', defaultValues: { kind: 'lecture' } });
  return (
    <Form
      form={form}
      testId="room-form"
      label={t('rooms.add')}
      submitLabel={t('rooms.addSubmit')}
      resetOnSuccess
      success={(r: Schemas['RoomView']) => t('rooms.added', { name: r.nameKo })}
      onSubmit={async (v) => {
        const room = await unwrap(
          api.POST('/api/rooms', {
            body: {
              code: v.code!.toUpperCase(),
              nameKo: v.nameKo!,
              nameEn: v.nameEn!,
              kind: v.kind!,
              capacity: v.capacity!,
              equipment: listOf(v.equipment),
              building: v.building || undefined,
            },
          }),
        );
        void refreshPaths(queryClient, ROOM_PATHS);
        return room;
      }}
    >
      <div className="form-grid">
        <TextField
          name="code"
          label={t('col.code')}
          hint={t('rooms.codeHint')}
          required
          maxLength={40}
          validate={upperCode}
          testId="room-code"
        />
        <TextField name="nameKo" label={t('course.nameKo')} required maxLength={100} testId="room-name-ko" />
        <TextField name="nameEn" label={t('course.nameEn')} required maxLength={100} testId="room-name-en" />
        <SelectField
          name="kind"
          label={t('rooms.kind')}
          required
          placeholder={false}
          options={ROOM_KINDS.map((k) => ({ value: k, label: t(`roomKind.${k}`) }))}
          testId="room-kind"
        />
        <NumberField
          name="capacity"
          label={t('rooms.capacity')}
          unit={t('unit.people')}
          required
          min={1}
          max={5000}
          testId="room-capacity"
        />
        <TextField name="building" label={t('rooms.building')} maxLength={60} testId="room-building" />
        <TextField
          name="equipment"
          label={t('rooms.equipment')}
          hint={t('commaHint')}
          validate={eachAtMost(60, 30)}
          testId="room-equipment"
        />
      </div>
    </Form>
  );
}

function Instructors({ instructors }: { instructors: Schemas['InstructorView'][] }) {
  const t = useCurriculumT();
  const columns: Column<Schemas['InstructorView']>[] = [
    {
      key: 'name',
      header: t('instructors.name'),
      rowHeader: true,
      render: (i) => (
        <>
          {i.name}
          {i.affiliation && <span className="cell-sub">{i.affiliation}</span>}
        </>
      ),
    },
    { key: 'kind', header: t('instructors.kind'), render: (i) => t(`instructorKind.${i.kind}`) },
    { key: 'specialties', header: t('instructors.specialties'), render: (i) => i.specialties.join(', ') },
    { key: 'recommendedBy', header: t('instructors.recommendedBy'), render: (i) => i.recommendedBy ?? '—' },
    { key: 'contact', header: t('instructors.contact'), render: (i) => [i.email, i.phone].filter(Boolean).join(' · ') || '—' },
    {
      key: 'rating',
      header: t('instructors.rating'),
      align: 'end',
      render: (i) => (i.rating === null ? '—' : t('instructors.ratingValue', { rating: i.rating.toFixed(2), count: i.ratingCount })),
    },
    {
      key: 'schedule',
      header: t('col.schedule'),
      render: (i) => (
        <Link to={`/resources?instructor=${i.id}`} aria-label={t('schedule.showOf', { name: i.name })}>
          {t('schedule.show')}
        </Link>
      ),
    },
  ];
  return (
    <Section title={t('instructors.title')} testId="instructors">
      <p className="section-lead">{t('instructors.lead')}</p>
      <DataTable
        caption={t('instructors.title')}
        columns={columns}
        rows={instructors}
        rowKey={(i) => i.id}
        rowTestId="instructor-row"
        testId="instructors-table"
        narrow="scroll"
        empty={t('instructors.none')}
      />
      <details className="cur-more">
        <summary data-testid="instructor-add-open">{t('instructors.add')}</summary>
        <AddInstructor />
      </details>
    </Section>
  );
}

function AddInstructor() {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const form = useForm<{
    name?: string;
    kind?: Schemas['InstructorKind'];
    affiliation?: string;
    specialties?: string;
    recommendedBy?: string;
    email?: string;
    phone?: string;
  }>({ mode: 'onTouched', defaultValues: { kind: 'external' } });
  return (
    <Form
      form={form}
      testId="instructor-form"
      label={t('instructors.add')}
      submitLabel={t('instructors.addSubmit')}
      resetOnSuccess
      success={(i: Schemas['InstructorView']) => t('instructors.added', { name: i.name })}
      onSubmit={async (v) => {
        const instructor = await unwrap(
          api.POST('/api/instructors', {
            body: {
              name: v.name!,
              kind: v.kind!,
              affiliation: v.affiliation || undefined,
              specialties: listOf(v.specialties),
              recommendedBy: v.recommendedBy || undefined,
              email: v.email || undefined,
              phone: v.phone || undefined,
            },
          }),
        );
        void refreshPaths(queryClient, INSTRUCTOR_PATHS);
        return instructor;
      }}
    >
      <div className="form-grid">
        <TextField name="name" label={t('instructors.name')} required maxLength={60} testId="instructor-name" />
        <SelectField
          name="kind"
          label={t('instructors.kind')}
          required
          placeholder={false}
          options={INSTRUCTOR_KINDS.map((k) => ({ value: k, label: t(`instructorKind.${k}`) }))}
          testId="instructor-kind"
        />
        <TextField name="affiliation" label={t('instructors.affiliation')} maxLength={100} testId="instructor-affiliation" />
        <TextField
          name="specialties"
          label={t('instructors.specialties')}
          hint={t('commaHint')}
          validate={eachAtMost(60, 20)}
          testId="instructor-specialties"
        />
        <TextField name="recommendedBy" label={t('instructors.recommendedBy')} maxLength={100} testId="instructor-recommended" />
        <TextField
          name="email"
          type="email"
          label={t('instructors.email')}
          maxLength={200}
          pattern={{ value: EMAIL, code: 'VALIDATION.EMAIL' }}
          testId="instructor-email"
        />
        <TextField
          name="phone"
          type="tel"
          label={t('instructors.phone')}
          pattern={{ value: PATTERNS.phone, code: 'VALIDATION.PHONE' }}
          testId="instructor-phone"
        />
      </div>
    </Form>
  );
}

/** The cohorts of one room or instructor from today on, with the way to the calendar. */
function Schedule({
  roomId,
  instructorId,
  rooms,
  instructors,
}: {
  roomId: string | null;
  instructorId: string | null;
  rooms: Schemas['RoomView'][];
  instructors: Schemas['InstructorView'][];
}) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const from = seoulToday();
  const room = roomId ? rooms.find((r) => r.id === roomId) : undefined;
  const instructor = instructorId ? instructors.find((i) => i.id === instructorId) : undefined;
  const byRoom = $api.useQuery(
    'get',
    '/api/rooms/{id}/schedule',
    { params: { path: { id: roomId ?? '' }, query: { from } } },
    { enabled: Boolean(room) },
  );
  const byInstructor = $api.useQuery(
    'get',
    '/api/instructors/{id}/schedule',
    { params: { path: { id: instructorId ?? '' }, query: { from } } },
    { enabled: Boolean(instructor) && !room },
  );
  const schedule = room ? byRoom : byInstructor;
  const name = room ? localName(room.nameKo, room.nameEn) : (instructor?.name ?? '');
  const columns: Column<Schemas['CohortView']>[] = [
    {
      key: 'course',
      header: t('col.course'),
      rowHeader: true,
      render: (c) => `${localName(c.courseNameKo, c.courseNameEn)} ${t('cohortNo', { no: c.cohortNo })}`,
    },
    { key: 'period', header: t('col.period'), render: (c) => <Period start={c.startDate} end={c.endDate} /> },
    { key: 'hours', header: t('col.dailyHours'), render: (c) => `${c.dailyStartTime}–${c.dailyEndTime}` },
    { key: 'room', header: t('col.room'), render: (c) => (c.roomNameKo ? localName(c.roomNameKo, c.roomNameEn) : t('noRoom')) },
  ];
  return (
    <Section
      title={room || instructor ? t('schedule.of', { name }) : t('schedule.title')}
      testId="resource-schedule-section"
      actions={<Link to="/resources">{t('schedule.close')}</Link>}
    >
      {!room && !instructor ? (
        <QueryState
          loading={false}
          error={{ statusCode: 404, code: roomId ? 'ROOM.NOT_FOUND' : 'INSTRUCTOR.NOT_FOUND', message: 'not found' }}
          testId="resource-schedule"
        >
          {null}
        </QueryState>
      ) : (
        <QueryState loading={schedule.isPending} error={schedule.error} retry={() => void schedule.refetch()} testId="resource-schedule">
          <p className="section-lead">{t('schedule.upcoming')}</p>
          <DataTable
            caption={t('schedule.of', { name })}
            columns={columns}
            rows={schedule.data}
            rowKey={(c) => c.id}
            testId="resource-schedule"
            narrow="scroll"
            empty={t('schedule.none')}
          />
          <Link to={`/calendar?${roomId ? `room=${roomId}` : `instructor=${instructorId}`}`}>{t('schedule.calendar')}</Link>
        </QueryState>
      )}
    </Section>
  );
}
