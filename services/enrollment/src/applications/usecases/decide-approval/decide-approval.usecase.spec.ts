import { SetAgencyActiveUseCase } from '../../../agencies/usecases/set-agency-active/set-agency-active.usecase';
import {
  givenAgency,
  givenApplication,
  givenCohort,
  givenTrainee,
  refusal,
  SpecDatabase,
  specDatabase,
  userOf,
} from '../../../database/spec-database';
import { SeatBook } from '../../../seats/seat-book';
import { applicationById } from '../../applications.queries';
import { DecideApprovalUseCase } from './decide-approval.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
describe('DecideApprovalUseCase', () => {
  let db: SpecDatabase;
  let useCase: DecideApprovalUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new DecideApprovalUseCase(db.dataSource, new SeatBook(db.publisher));
  });
  afterAll(() => db.drop());

  /** An application awaiting its agency's approval, and that agency's admin. */
  async function pendingForAgency() {
    const manager = userOf('admin');
    const agencyAdmin = userOf('agency_admin', { tenantId: manager.tenantId, agencyCode: 'AG-SPEC' });
    const cohort = await givenCohort(db.dataSource, manager.tenantId, { approval: 'agency' });
    await givenAgency(db.dataSource, manager.tenantId);
    const app = await givenApplication(db.dataSource, cohort, await givenTrainee(db.dataSource, manager.tenantId, 'AG-SPEC'), {
      status: 'pending',
      awaiting: 'agency',
      confirmedAt: null,
    });
    return { manager, agencyAdmin, app };
  }

  it('lets the admin of a deactivated agency reject its staff’s application but not approve it (AGENCY.INACTIVE, nothing changed)', async () => {
    const { manager, agencyAdmin, app } = await pendingForAgency();
    await new SetAgencyActiveUseCase(db.dataSource, db.publisher).execute(manager, 'AG-SPEC', false);
    expect(await refusal(useCase.execute(agencyAdmin, app.id, { approve: true, rank: 1 }))).toMatchObject({
      status: 409,
      code: 'AGENCY.INACTIVE',
    });
    expect(await applicationById(db.dataSource.manager, app.id)).toMatchObject({
      status: 'pending',
      awaiting: 'agency',
      agencyApprovedBy: null,
    });
    expect(await useCase.execute(agencyAdmin, app.id, { approve: false, reason: '기관 폐지' })).toMatchObject({ status: 'rejected' });
    // Announced, so the notification service tells the trainee; no seat was held, so none is released.
    const ends = await db.dataSource.query(
      `SELECT type, envelope->'payload' AS payload FROM enrollment.outbox WHERE envelope->'payload'->>'applicationId' = $1 AND type LIKE 'enrollment.%'`,
      [app.id],
    );
    expect(ends.map((e: { type: string }) => e.type)).toEqual(['enrollment.application.ended']);
    expect(ends[0].payload).toMatchObject({ traineeId: app.traineeId, reason: 'rejected', heldSeat: false, startDate: expect.any(String) });
  });

  it('lets an active agency’s admin approve', async () => {
    const { agencyAdmin, app } = await pendingForAgency();
    expect(await useCase.execute(agencyAdmin, app.id, { approve: true, rank: 1 })).toMatchObject({ agencyApprovedBy: agencyAdmin.userId });
  });
});
