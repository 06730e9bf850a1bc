import type { AuditChange } from './audit';
import type { AuthUser } from './auth';

/** An audit entry of a change made by the signed-in `user`: the actor, their institute, and what they changed. */
export const auditBy = (user: AuthUser, change: Omit<AuditChange, 'tenantId' | 'actorId' | 'actorName' | 'actorRole'>): AuditChange => ({
  tenantId: user.tenantId,
  actorId: user.userId,
  actorName: user.name,
  actorRole: user.role,
  ...change,
});
