import { auditBy, AuthUser, conflict, notFound, recordAudit } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';
import { Tenant } from '../identity/tenant.entity';
import { InstitutesQueries } from './institutes.queries';

export const unknownInstitute = () => notFound('PLATFORM.INSTITUTE_UNKNOWN', { message: '기관을 찾을 수 없습니다 / Institute not found' });

export const codeTaken = () =>
  conflict('PLATFORM.INSTITUTE_CODE_TAKEN', { field: 'code', message: '이미 쓰는 기관 코드입니다 / An institute with this code exists' });

/** What the audit log keeps of an institute. */
export const auditedInstitute = (tenant: Tenant): Record<string, unknown> => ({
  code: tenant.slug,
  nameKo: tenant.nameKo,
  nameEn: tenant.nameEn,
  status: tenant.deactivatedAt ? 'inactive' : 'active',
});

/** Records the operator's change of an institute in the platform's own log (the operator's tenant), inside its transaction. */
export function recordInstituteChange(
  tx: EntityManager,
  actor: AuthUser,
  action: `institute.${string}`,
  tenant: Tenant,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAudit(tx, 'gateway', auditBy(actor, { action, subjectType: 'institute', subjectId: tenant.id, before, after }));
}

/** The institute, locked; an unknown id and the platform's own tenant answer alike. */
export async function instituteToChange(tx: EntityManager, queries: InstitutesQueries, id: string): Promise<Tenant> {
  const tenant = await queries.instituteForUpdate(tx, id);
  if (!tenant) throw unknownInstitute();
  return tenant;
}
