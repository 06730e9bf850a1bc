import type { AgencyAdminView } from '@baeum/api';
import { AuditChange, auditBy, AuthUser, notFound } from '@baeum/service-kit';
import type { Agency } from './agency.entity';

/** What the audit log keeps of an agency: every field an administrator sets. */
export const agencyRecord = ({ code, nameKo, nameEn, kind, active, defaultQuota }: Agency): Record<string, unknown> => ({
  code,
  nameKo,
  nameEn,
  kind,
  active,
  defaultQuota,
});

/** An audit entry of a change of the agency `code`, by the signed-in `user`. */
export const agencyAudit = (
  user: AuthUser,
  action: string,
  code: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChange => auditBy(user, { action, subjectType: 'agency', subjectId: code, before, after });

export const agencyNotFound = (code: string) =>
  notFound('AGENCY.NOT_FOUND', { params: { code }, message: '기관을 찾을 수 없습니다 / Agency not found' });

export const adminView = (agency: Agency, trainees: number): AgencyAdminView => ({
  tenantId: agency.tenantId,
  code: agency.code,
  nameKo: agency.nameKo,
  nameEn: agency.nameEn,
  kind: agency.kind,
  active: agency.active,
  defaultQuota: agency.defaultQuota,
  trainees,
});
