import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import {
  ActionStatus,
  Badge,
  Button,
  CheckboxField,
  ChoiceField,
  type Column,
  DataTable,
  Form,
  Instant,
  Modal,
  Num,
  NumberField,
  Section,
  TextAreaField,
  TextField,
} from '../../../kit';
import { usePositionName } from './names';
import { useAction, useRefreshExam } from './use-action';

type Exam = Schemas['ExamView'];
type Application = Schemas['ExamApplicationView'];
type Venue = Schemas['VenueView'];
type Room = Schemas['ExamRoomUsageView'];

const ACCOMMODATIONS: Schemas['AccommodationKind'][] = [
  'extended_time',
  'large_print',
  'wheelchair_access',
  'separate_room',
  'braille',
  'reader',
  'hearing_aid',
];

/** 응시자: the applications of the round (by position), accommodation decisions, 응시자격 미달 처리. */
export function ApplicantsTab({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const { t: tc } = useTranslation();
  const positionName = usePositionName();
  const [positionId, setPositionId] = useState('');
  const applications = $api.useQuery('get', '/api/exam/exams/{id}/applications', {
    params: { path: { id: exam.id }, query: positionId ? { positionId } : {} },
  });
  const action = useAction();
  const [ineligible, setIneligible] = useState<Application | null>(null);
  const columns: Column<Application>[] = [
    { key: 'examNumber', header: t('col.examNumber'), render: (a) => a.examNumber ?? t('none') },
    { key: 'name', header: t('col.name'), rowHeader: true, render: (a) => <span lang="ko">{a.nameKo}</span> },
    { key: 'position', header: t('col.position'), render: (a) => <span lang="ko">{a.positionLabelKo}</span> },
    {
      key: 'status',
      header: t('col.status'),
      render: (a) => (
        <Badge tone={a.status === 'paid' ? 'success' : a.status === 'cancelled' ? 'gray' : 'warning'}>{tw(`status.${a.status}`)}</Badge>
      ),
    },
    {
      key: 'accommodations',
      header: t('col.accommodations'),
      render: (a) =>
        a.accommodations.length
          ? `${a.accommodations.map((x) => tw(`accommodation.${x.kind}`)).join(', ')} ` +
            `(${tw(`accommodationStatus.${a.accommodationStatus}`)})`
          : t('none'),
    },
    {
      key: 'action',
      header: t('col.action'),
      render: (a) => (
        <span className="exam-inline">
          {a.accommodations.length > 0 && a.accommodationStatus === 'requested' && (
            <>
              {(['approved', 'rejected'] as const).map((decision) => (
                <Button
                  key={decision}
                  size="xsmall"
                  testId={`exam-acc-${decision}`}
                  busy={action.busy}
                  onClick={() =>
                    void action.run(
                      () =>
                        unwrap(
                          api.PATCH('/api/exam/applications/{id}/accommodations', {
                            params: { path: { id: a.id } },
                            body: { decision },
                          }),
                        ),
                      () => t('app.decided', { name: a.nameKo }),
                    )
                  }
                >
                  {decision === 'approved' ? t('app.approve') : t('app.reject')}
                </Button>
              ))}
            </>
          )}
          {a.status !== 'cancelled' && (
            <Button
              size="xsmall"
              variant="tertiary"
              testId="exam-ineligible-open"
              aria-label={t('ineligible.openOf', { name: a.nameKo })}
              onClick={() => setIneligible(a)}
            >
              {t('ineligible.open')}
            </Button>
          )}
        </span>
      ),
    },
    {
      key: 'seat',
      header: t('col.seat'),
      render: (a) => (a.seat ? <span lang="ko">{`${a.seat.venueNameKo} ${a.seat.room} · ${a.seat.seatNo}`}</span> : t('none')),
    },
  ];
  return (
    <Section title={t('app.title')} testId="exam-applicants">
      <div className="form-group">
        <div className="form-tit">
          <label htmlFor="exam-applicants-position">{t('app.filter')}</label>
        </div>
        <div className="form-conts">
          <select
            id="exam-applicants-position"
            className="krds-form-select"
            value={positionId}
            onChange={(e) => setPositionId(e.target.value)}
            data-testid="exam-applicants-position"
          >
            <option value="">{t('app.allPositions')}</option>
            {exam.positions.map((p) => (
              <option key={p.id} value={p.id} lang="ko">
                {positionName(p)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActionStatus outcome={action.outcome} testId="exam-applicants-status" />
      <DataTable
        caption={t('app.caption')}
        columns={columns}
        rows={applications.data}
        loading={applications.isPending}
        rowKey={(a) => a.id}
        rowTestId="exam-applicant-row"
        narrow="scroll"
        testId="exam-applicants-table"
        empty={tc('state.empty')}
      />
      <IneligibleDialog application={ineligible} onClose={() => setIneligible(null)} />
    </Section>
  );
}

function IneligibleDialog({ application, onClose }: { application: Application | null; onClose(): void }) {
  const { t } = useTranslation('examOfficer');
  const refresh = useRefreshExam();
  const form = useForm<{ reason: string; refundInFull: boolean }>({
    mode: 'onTouched',
    defaultValues: { reason: '', refundInFull: false },
  });
  return (
    <Modal open={application !== null} title={t('ineligible.title')} onClose={onClose} testId="exam-ineligible-dialog">
      {application && (
        <>
          <p lang="ko">{`${application.examNumber ?? '—'} · ${application.nameKo} · ${application.positionLabelKo}`}</p>
          <p className="exam-muted">{t('ineligible.intro')}</p>
          <Form
            form={form}
            testId="exam-ineligible"
            label={t('ineligible.title')}
            submitLabel={t('ineligible.confirm')}
            resetOnSuccess
            onSubmit={async (v) => {
              await unwrap(
                api.POST('/api/exam/applications/{id}/ineligible', {
                  params: { path: { id: application.id } },
                  body: { reason: v.reason, refundInFull: v.refundInFull },
                }),
              );
              await refresh();
              onClose();
            }}
          >
            <TextAreaField
              name="reason"
              label={t('ineligible.reason')}
              required
              minLength={2}
              maxLength={500}
              testId="exam-ineligible-reason"
            />
            <CheckboxField name="refundInFull" label={t('ineligible.refund')} testId="exam-ineligible-refund" />
          </Form>
        </>
      )}
    </Modal>
  );
}

/** 응시번호·시험장: numbers, seats, the venues the districts offer and their rooms. */
export function VenuesTab({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const venues = $api.useQuery('get', '/api/exam/exams/{id}/venues', { params: { path: { id: exam.id } } });
  const action = useAction();
  const refresh = useRefreshExam();
  const form = useForm<{ nameKo: string; agencyCode: string; address: string }>({
    mode: 'onTouched',
    defaultValues: { nameKo: '', agencyCode: '', address: '' },
  });
  const numbersAt = exam.examNumbersAssignedAt ? <Instant at={exam.examNumbersAssignedAt} /> : t('overview.notYet');
  const seatsAt = exam.seatsAssignedAt ? <Instant at={exam.seatsAssignedAt} /> : t('overview.notYet');
  return (
    <>
      <Section title={t('steps.title')} testId="exam-steps">
        <p className="exam-muted">{t('steps.intro')}</p>
        <div className="exam-actions">
          <Button
            variant="primary"
            testId="exam-assign-numbers"
            busy={action.busy}
            onClick={() =>
              void action.run(
                () => unwrap(api.POST('/api/exam/exams/{id}/exam-numbers', { params: { path: { id: exam.id } } })),
                (r) => t('steps.numbersDone', { n: r.assigned }),
              )
            }
          >
            {t('steps.numbers')}
          </Button>
          <Button
            variant="primary"
            testId="exam-assign-seats"
            busy={action.busy}
            onClick={() =>
              void action.run(
                () => unwrap(api.POST('/api/exam/exams/{id}/seat-assignment', { params: { path: { id: exam.id } } })),
                (r) => t('steps.seatsDone', { n: r.seated, moved: r.moved, rooms: r.rooms }),
              )
            }
          >
            {t('steps.seats')}
          </Button>
        </div>
        <p className="exam-muted">
          {t('overview.numbersAt')}: {numbersAt} · {t('overview.seatsAt')}: {seatsAt}
        </p>
        <ActionStatus outcome={action.outcome} testId="exam-steps-status" />
      </Section>
      <Section title={t('venue.title')} testId="exam-venues">
        {venues.data?.length === 0 && <p>{t('venue.none')}</p>}
        {venues.data?.map((v) => (
          <VenueRooms key={v.id} venue={v} />
        ))}
      </Section>
      <Section title={t('venue.add')} testId="exam-venue-new">
        <Form
          form={form}
          testId="exam-venue-form"
          label={t('venue.add')}
          submitLabel={t('venue.add')}
          success={t('venue.added')}
          resetOnSuccess
          onSubmit={async (v) => {
            const r = await unwrap(
              api.POST('/api/exam/exams/{id}/venues', {
                params: { path: { id: exam.id } },
                body: { nameKo: v.nameKo.trim(), agencyCode: v.agencyCode.trim(), address: v.address.trim() },
              }),
            );
            await refresh();
            return r;
          }}
        >
          <div className="exam-form-grid">
            <TextField name="nameKo" label={t('venue.name')} required testId="exam-venue-name" />
            <TextField name="agencyCode" label={t('venue.agency')} required placeholder="MAPO-GU" testId="exam-venue-agency" />
            <TextField name="address" label={t('venue.address')} required testId="exam-venue-address" />
          </div>
        </Form>
      </Section>
    </>
  );
}

function VenueRooms({ venue }: { venue: Venue }) {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const action = useAction();
  const refresh = useRefreshExam();
  const form = useForm<{ name: string; seats?: number; accommodations: string[] }>({
    mode: 'onTouched',
    defaultValues: { name: '', accommodations: [] },
  });
  const columns: Column<Room>[] = [
    { key: 'name', header: t('room.name'), rowHeader: true, render: (r) => <span lang="ko">{r.name}</span> },
    {
      key: 'seated',
      header: t('room.seated'),
      align: 'end',
      render: (r) => (
        <>
          <Num value={r.seated} /> / <Num value={r.seats} />
        </>
      ),
    },
    {
      key: 'accommodations',
      header: t('room.accommodations'),
      render: (r) => r.accommodations.map((k) => tw(`accommodation.${k}`)).join(', ') || t('none'),
    },
    { key: 'status', header: t('col.status'), render: (r) => (r.available ? t('room.available') : t('room.withdrawn')) },
    {
      key: 'action',
      header: t('col.action'),
      render: (r) => (
        <Button
          size="xsmall"
          testId="exam-room-toggle"
          aria-label={`${r.name} ${r.available ? t('room.withdraw') : t('room.restore')}`}
          busy={action.busy}
          onClick={() =>
            void action.run(
              () => unwrap(api.PATCH('/api/exam/rooms/{id}', { params: { path: { id: r.id } }, body: { available: !r.available } })),
              () => t('saved'),
            )
          }
        >
          {r.available ? t('room.withdraw') : t('room.restore')}
        </Button>
      ),
    },
  ];
  const label = `${venue.nameKo} (${venue.agencyCode})`;
  return (
    <div className="exam-block" data-testid="exam-venue">
      <h3 lang="ko">
        {label} — {venue.address}
      </h3>
      <DataTable
        caption={t('room.caption')}
        columns={columns}
        rows={venue.rooms}
        rowKey={(r) => r.id}
        narrow="scroll"
        testId="exam-rooms-table"
      />
      <ActionStatus outcome={action.outcome} testId="exam-rooms-status" />
      <Form
        form={form}
        testId="exam-room-form"
        label={t('room.addTo', { venue: label })}
        submitLabel={t('room.add')}
        success={t('room.added')}
        resetOnSuccess
        onSubmit={async (v) => {
          const r = await unwrap(
            api.POST('/api/exam/venues/{id}/rooms', {
              params: { path: { id: venue.id } },
              body: { name: v.name.trim(), seats: v.seats ?? 0, accommodations: v.accommodations as Schemas['AccommodationKind'][] },
            }),
          );
          await refresh();
          return r;
        }}
      >
        <div className="exam-form-grid">
          <TextField name="name" label={t('room.name')} required placeholder="301" testId="exam-room-name" />
          <NumberField name="seats" label={t('room.seats')} required min={1} max={500} testId="exam-room-seats" />
        </div>
        <ChoiceField
          name="accommodations"
          label={t('room.accommodations')}
          multiple
          options={ACCOMMODATIONS.map((k) => ({ value: k, label: tw(`accommodation.${k}`) }))}
          testId="exam-room-accommodations"
        />
      </Form>
    </div>
  );
}
