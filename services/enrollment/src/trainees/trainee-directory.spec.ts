import { givenAgency, SpecDatabase, specDatabase, userOf } from '../database/spec-database';
import { TraineeDirectory } from './trainee-directory';

describe('TraineeDirectory', () => {
  let db: SpecDatabase;
  beforeAll(async () => {
    db = await specDatabase();
  });
  afterAll(() => db.drop());

  it("makes a trainee account's record at first use and announces its link once", async () => {
    const user = userOf('trainee', { agencyCode: 'AG-SPEC' });
    await givenAgency(db.dataSource, user.tenantId);
    const directory = new TraineeDirectory(db.publisher);
    const made = await db.dataSource.transaction((tx) => directory.own(tx, user));
    await db.dataSource.transaction((tx) => directory.own(tx, user));
    const links = (await db.dataSource.query(
      `SELECT envelope FROM enrollment.outbox WHERE type = 'enrollment.trainee.linked' AND envelope->>'tenantId' = $1`,
      [user.tenantId],
    )) as { envelope: { payload: unknown } }[];
    expect(links.map((l) => l.envelope.payload)).toEqual([
      { traineeId: made.id, userId: user.userId, agencyCode: 'AG-SPEC', linkedAt: expect.any(String) },
    ]);
  });
});
