import { AdminUserView, UpdateAdminUserDto } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, changedFields, conflict } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceUsers } from '../../../identity/user-events';
import { AdminUsersQueries, adminUserView, rolesOf } from '../../admin-users.queries';
import {
  agencyFor,
  assertAnotherAdminStays,
  auditedUser,
  heldRoles,
  recordUserChange,
  tellCredentialCheck,
  userAndAdmins,
  userToChange,
} from '../../user-changes';

/**
 * 사용자 정보 변경: name, roles and agency. A change of roles or agency ends the user's sessions (their
 * tokens carry the role they act in and their agency); an administrator keeps their own admin role,
 * and the institute always keeps an active administrator.
 */
@Injectable()
export class UpdateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, id: string, body: UpdateAdminUserDto): Promise<AdminUserView> {
    const saved = await this.dataSource.transaction(async (tx) => {
      const { user, admins } = body.roles
        ? await userAndAdmins(tx, this.queries, actor, id)
        : { user: await userToChange(tx, this.queries, actor, id), admins: [] };
      const present = rolesOf(user);
      const { role, roles } = body.roles ? heldRoles(body.roles, present, user.role) : { role: user.role, roles: present };
      const agencyCode = agencyFor(roles, body.agencyCode === undefined ? user.agencyCode : body.agencyCode);
      const losesAdmin = present.includes('admin') && !roles.includes('admin');
      if (losesAdmin && user.id === actor.userId) {
        throw conflict('ADMIN.SELF_DEMOTE', {
          field: 'roles',
          message: '자신의 관리자 역할은 뺄 수 없습니다 / You cannot remove your own admin role',
        });
      }
      if (losesAdmin) assertAnotherAdminStays(admins, user.id);
      const sessionsChange = JSON.stringify(roles) !== JSON.stringify(present) || role !== user.role || agencyCode !== user.agencyCode;
      const changed = await this.queries.update(tx, user.id, { name: body.name, role, roles, agencyCode }, sessionsChange);
      await announceUsers(tx, this.publisher, [changed]);
      const diff = changedFields(auditedUser(user), auditedUser(changed));
      if (diff)
        await recordUserChange(
          tx,
          actor,
          'user.changed',
          changed,
          { email: user.email, ...diff.before },
          { email: user.email, ...diff.after },
        );
      return changed;
    });
    await tellCredentialCheck(this.cache, saved);
    return adminUserView(saved);
  }
}
