import { Application } from '../../application.entity';
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
import { RecordAssessmentUseCase } from './record-assessment.usecase';

describe('RecordAssessmentUseCase', () => {
  let db: SpecDatabase;
  let useCase: RecordAssessmentUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new RecordAssessmentUseCase(db.dataSource);
  });
  afterAll(() => db.drop());

  async function given(status: Application['status']) {
    const user = userOf('course_manager');
    const cohort = await givenCohort(db.dataSource, user.tenantId);
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    return { user, app: await givenApplication(db.dataSource, cohort, trainee, { status }) };
  }

  it("stores a confirmed trainee's result", async () => {
    const { user, app } = await given('confirmed');
    expect((await useCase.execute({ actor: user, applicationId: app.id, passed: true })).assessmentPassed).toBe(true);
    expect((await db.dataSource.manager.findOneByOrFail(Application, { id: app.id })).assessmentPassed).toBe(true);
  });

  it('answers 409 for an application not confirmed', async () => {
    const { user, app } = await given('waitlisted');
    expect(await refusal(useCase.execute({ actor: user, applicationId: app.id, passed: false }))).toMatchObject({
      status: 409,
      code: 'APPLICATION.NOT_CONFIRMED',
    });
  });

  it("answers 404 for another institute's application", async () => {
    const { app } = await given('confirmed');
    expect(await refusal(useCase.execute({ actor: userOf('course_manager'), applicationId: app.id, passed: true }))).toMatchObject({
      status: 404,
      code: 'APPLICATION.NOT_FOUND',
    });
  });
});
