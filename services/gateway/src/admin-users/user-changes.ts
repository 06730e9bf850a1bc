import { AGENCY_ROLES, ASSIGNABLE_ROLES, Role, ROLES } from '@baeum/api';
import { auditBy, AuthUser, CacheStore, conflict, fieldError, invalidInput, notFound, recordAudit } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';
import { rememberCredentials } from '../identity/credentials';
import { User } from '../identity/user.entity';
import { AdminUsersQueries, rolesOf, statusOf } from './admin-users.queries';

/** What the audit log keeps of a user: never the password or its hash. */
export const auditedUser = (user: User): Record<string, unknown> => ({
  email: user.email,
  name: user.name,
  roles: rolesOf(user),
  agencyCode: user.agencyCode,
  status: statusOf(user),
});

/** Records an administrative change of a user, inside the transaction that makes it. */
export function recordUserChange(
  tx: EntityManager,
  actor: AuthUser,
  action: `user.${string}`,
  user: User,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAudit(tx, 'gateway', auditBy(actor, { action, subjectType: 'user', subjectId: user.id, before, after }));
}

export const unknownUser = () => notFound('AUTH.USER_UNKNOWN', { message: '사용자를 찾을 수 없습니다 / User not found' });

/** The user of the administrator's institute, locked; another institute's is as unknown as one that never was. */
export async function userToChange(tx: EntityManager, queries: AdminUsersQueries, actor: AuthUser, id: string): Promise<User> {
  const user = await queries.userForUpdate(tx, actor.tenantId, id);
  if (!user) throw unknownUser();
  return user;
}

/**
 * For a change that could take an active administrator away: the institute's active administrators
 * are locked first, then the user, always in that order, so two such changes at once take turns
 * (and never wait on each other) and the second sees the first's outcome.
 */
export async function userAndAdmins(
  tx: EntityManager,
  queries: AdminUsersQueries,
  actor: AuthUser,
  id: string,
): Promise<{ user: User; admins: string[] }> {
  const admins = await queries.lockActiveAdmins(tx, actor.tenantId);
  return { user: await userToChange(tx, queries, actor, id), admins };
}

/** Disabling or demoting an active administrator must leave the institute another. */
export function assertAnotherAdminStays(admins: string[], userId: string): void {
  if (admins.includes(userId) && admins.length <= 1) {
    throw conflict('ADMIN.LAST_ADMIN', {
      message: '기관의 마지막 관리자는 정지하거나 관리자 역할을 뺄 수 없습니다 / The institute’s last active administrator must stay',
    });
  }
}

/**
 * The roles as stored: in menu order, the primary (the one sign-in acts in) first: the present
 * primary while it is still held, else the first. Roles the administrator cannot give (applicant,
 * trainee) may only be kept, not added.
 */
export function heldRoles(wanted: Role[], present: Role[] = [], primary?: Role): { role: Role; roles: Role[] } {
  const refused = wanted.filter((role) => !(ASSIGNABLE_ROLES as readonly Role[]).includes(role) && !present.includes(role));
  if (refused.length > 0) {
    throw invalidInput([
      fieldError(
        'roles',
        'ADMIN.ROLE_NOT_ASSIGNABLE',
        { values: refused },
        '응시자·교육생 역할은 여기서 줄 수 없습니다 / applicant and trainee roles are not given here',
      ),
    ]);
  }
  const ordered = ROLES.filter((role) => wanted.includes(role));
  const first = primary && ordered.includes(primary) ? primary : ordered[0];
  return { role: first, roles: [first, ...ordered.filter((role) => role !== first)] };
}

/** An agency role needs its agency; other roles carry none. */
export function agencyFor(roles: Role[], agencyCode: string | null | undefined): string | null {
  if (!roles.some((role) => AGENCY_ROLES.includes(role))) return null;
  if (!agencyCode) {
    throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
  }
  return agencyCode;
}

export const emailTaken = () =>
  conflict('AUTH.EMAIL_TAKEN', { field: 'email', message: '이미 있는 이메일입니다 / An account with this e-mail exists' });

/** After the commit: the gateway's check learns at once that the user's tokens changed. */
export const tellCredentialCheck = (cache: CacheStore, user: User) => rememberCredentials(cache, user.id, user);
