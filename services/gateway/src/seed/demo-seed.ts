import { PLATFORM_TENANT } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { DemoTenants } from '@baeum/source-data';
import type { Role } from '@baeum/service-kit';
import { DataSource } from 'typeorm';
import { announceUsers } from '../identity/user-events';
import { hashPassword } from '../identity/password';
import { Tenant } from '../identity/tenant.entity';
import { User } from '../identity/user.entity';

/** Every demo user signs in with this password (README: demo users). */
export const DEMO_PASSWORD = 'Baeum!2022';

const DEMO_USERS: { id: string; tenantId: string; email: string; name: string; role: Role; agencyCode?: string }[] = [
  {
    id: 'a0000000-0000-4000-8000-000000000001',
    tenantId: DemoTenants.seoul.id,
    email: 'admin@seoul-hrd.example',
    name: '관리자',
    role: 'admin',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000002',
    tenantId: DemoTenants.seoul.id,
    email: 'planner@seoul-hrd.example',
    name: '박기획',
    role: 'planner',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000003',
    tenantId: DemoTenants.seoul.id,
    email: 'manager@seoul-hrd.example',
    name: '김교육',
    role: 'course_manager',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000004',
    tenantId: DemoTenants.seoul.id,
    email: 'exam@seoul-hrd.example',
    name: '이시험',
    role: 'exam_officer',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000005',
    tenantId: DemoTenants.seoul.id,
    email: 'finance@seoul-hrd.example',
    name: '최재무',
    role: 'finance_officer',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000006',
    tenantId: DemoTenants.seoul.id,
    email: 'trainee@seoul-hrd.example',
    name: '정교육생',
    role: 'trainee',
    agencyCode: 'MAPO-GU',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000007',
    tenantId: DemoTenants.seoul.id,
    email: 'agency@seoul-hrd.example',
    name: '윤기관',
    role: 'agency_admin',
    agencyCode: 'MAPO-GU',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000101',
    tenantId: DemoTenants.sejong.id,
    email: 'manager@sejong-edu.example',
    name: '한연수',
    role: 'course_manager',
  },
  // Examination: an applicant (members of the public also sign up themselves) and three assessors.
  {
    id: 'a0000000-0000-4000-8000-000000000501',
    tenantId: DemoTenants.seoul.id,
    email: 'applicant@seoul-hrd.example',
    name: '김응시',
    role: 'applicant',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000502',
    tenantId: DemoTenants.seoul.id,
    email: 'assessor@seoul-hrd.example',
    name: '한평가',
    role: 'assessor',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000503',
    tenantId: DemoTenants.seoul.id,
    email: 'assessor2@seoul-hrd.example',
    name: '오평정',
    role: 'assessor',
  },
  {
    id: 'a0000000-0000-4000-8000-000000000504',
    tenantId: DemoTenants.seoul.id,
    email: 'assessor3@seoul-hrd.example',
    name: '서역량',
    role: 'assessor',
  },
  // The platform operator: in the platform's own tenant (sign in with institute code `platform`), of no institute.
  {
    id: 'a0000000-0000-4000-8000-000000000901',
    tenantId: PLATFORM_TENANT.id,
    email: 'operator@baeum.example',
    name: '배운영',
    role: 'platform_operator',
  },
];

export async function seedGateway(dataSource: DataSource, publisher: EventPublisher): Promise<void> {
  const tenants = Object.values(DemoTenants).map(({ id, slug, nameKo, nameEn }) => ({ id, slug, nameKo, nameEn }));
  await dataSource.createQueryBuilder().insert().into(Tenant).values(tenants).orIgnore().execute();
  const existing = new Set((await dataSource.getRepository(User).find({ select: { id: true } })).map((u) => u.id));
  const missing = DEMO_USERS.filter((u) => !existing.has(u.id));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (tx) => {
    await tx
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(missing.map((u) => ({ ...u, agencyCode: u.agencyCode ?? null, passwordHash })))
      .orIgnore()
      .execute();
    // The demo users become contacts of the notification service like any other user. Another
    // instance seeding at once may announce them too: a contact is the same however often told.
    const users = missing.map((u) => ({ ...u, agencyCode: u.agencyCode ?? null, disabledAt: null, verifiedAt: new Date() }) as User);
    await announceUsers(tx, publisher, users);
  });
}
