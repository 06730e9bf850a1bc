import { EventPublisher } from '@baeum/messaging';
import { DemoAgencies, DemoTenants } from '@baeum/source-data';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { announceTraineeLinks } from '../trainees/trainee-links';
import { Trainee } from '../trainees/trainee.entity';

/** The demo trainee user of the gateway's seed (trainee@seoul-hrd.example), linked by its user id. */
const DEMO_TRAINEE_USER = 'a0000000-0000-4000-8000-000000000006';

/** Staff of the demo agencies, so an agency admin has people to nominate and a roster has names. */
const DEMO_TRAINEES: Omit<Trainee, 'createdAt' | 'updatedAt'>[] = [
  {
    id: 'e0000000-0000-4000-8000-000000000001',
    tenantId: DemoTenants.seoul.id,
    userId: DEMO_TRAINEE_USER,
    agencyCode: 'MAPO-GU',
    employeeNo: 'MAPO-2019-014',
    name: '정교육생',
    grade: '7급',
    position: '주무관',
    jobSeries: '행정',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000002',
    tenantId: DemoTenants.seoul.id,
    userId: null,
    agencyCode: 'MAPO-GU',
    employeeNo: 'MAPO-2021-102',
    name: '한마포',
    grade: '8급',
    position: '주무관',
    jobSeries: '사회복지',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000003',
    tenantId: DemoTenants.seoul.id,
    userId: null,
    agencyCode: 'MAPO-GU',
    employeeNo: 'MAPO-2022-007',
    name: '오신규',
    grade: '9급',
    position: '주무관',
    jobSeries: '행정',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000004',
    tenantId: DemoTenants.seoul.id,
    userId: null,
    agencyCode: 'MAPO-GU',
    employeeNo: 'MAPO-2012-033',
    name: '서팀장',
    grade: '6급',
    position: '팀장',
    jobSeries: '전산',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000005',
    tenantId: DemoTenants.seoul.id,
    userId: null,
    agencyCode: 'GANGNAM-GU',
    employeeNo: 'GN-2020-051',
    name: '강남일',
    grade: '7급',
    position: '주무관',
    jobSeries: '행정',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000006',
    tenantId: DemoTenants.seoul.id,
    userId: null,
    agencyCode: 'SEOUL-PLANNING',
    employeeNo: 'SP-2018-220',
    name: '기획실',
    grade: '5급',
    position: '사무관',
    jobSeries: '행정',
  },
  {
    id: 'e0000000-0000-4000-8000-000000000007',
    tenantId: DemoTenants.sejong.id,
    userId: null,
    agencyCode: 'SEJONG-SCHOOLS',
    employeeNo: 'SJ-2023-001',
    name: '세종교',
    grade: '8급',
    position: '주무관',
    jobSeries: '교육행정',
  },
];

/** Idempotent: agencies of both demo tenants and a few of their staff (announced when first written). */
export async function seedEnrollment(dataSource: DataSource, publisher: EventPublisher): Promise<void> {
  const agencies = DemoAgencies.map(({ tenant, code, nameKo, nameEn, kind }) => ({
    tenantId: DemoTenants[tenant].id,
    code,
    nameKo,
    nameEn,
    kind,
  }));
  await dataSource.createQueryBuilder().insert().into(Agency).values(agencies).orIgnore().execute();
  await dataSource.transaction(async (tx) => {
    const written = await tx.createQueryBuilder().insert().into(Trainee).values(DEMO_TRAINEES).orIgnore().returning(['id']).execute();
    const ids = new Set((written.raw as { id: string }[]).map((r) => r.id));
    for (const tenantId of new Set(DEMO_TRAINEES.map((t) => t.tenantId)))
      await announceTraineeLinks(
        tx,
        publisher,
        tenantId,
        DEMO_TRAINEES.filter((t) => t.tenantId === tenantId && ids.has(t.id)),
      );
  });
}
