import { ApiClient, ServiceStack } from '@baeum/testing';
import { Curriculum, day, PASSWORD } from './support';

/**
 * A deactivated agency's staff cannot apply (nor be nominated) until the institute's administrator
 * reactivates it; over the real stack (Kafka carries the cohort, PostgreSQL keeps the agency).
 */
let stack: ServiceStack;
let curriculum: Curriculum;
let admin: ApiClient;
let trainee: ApiClient;

beforeAll(async () => {
  stack = await ServiceStack.start({ services: ['gateway', 'enrollment'] });
  curriculum = await Curriculum.connect(stack);
  const gateway = new ApiClient(stack.gatewayUrl);
  [admin, trainee] = await Promise.all([
    gateway.signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD),
    gateway.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD),
  ]);
});

afterAll(async () => {
  await curriculum?.close();
  await stack?.stop();
});

it("refuses an application of a deactivated agency's staff, and takes it once the agency is reactivated", async () => {
  const cohort = await curriculum.schedule({
    applicationOpens: day(-1),
    applicationCloses: day(10),
    startDate: day(20),
    endDate: day(21),
    capacity: 10,
  });
  expect((await admin.post('/api/admin/agencies/MAPO-GU/deactivate', {})).body).toMatchObject({ active: false });
  expect(await trainee.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).toMatchObject({
    status: 409,
    body: { code: 'AGENCY.INACTIVE', params: { code: 'MAPO-GU' } },
  });
  expect((await admin.post('/api/admin/agencies/MAPO-GU/reactivate', {})).body).toMatchObject({ active: true });
  expect(await trainee.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).toMatchObject({
    status: 201,
    body: { status: 'confirmed' },
  });
});
