import { AdminUserPasswordView, CreateAdminUserDto } from '@baeum/api';
import { AuthUser, CACHE, CacheStore } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { hashPassword } from '../../../identity/password';
import { announceUsers } from '../../../identity/user-events';
import { User } from '../../../identity/user.entity';
import { temporaryPassword } from '../../../identity/workflows/issue-trainee-account.workflow';
import { AdminUsersQueries, adminUserView } from '../../admin-users.queries';
import { agencyFor, auditedUser, emailTaken, heldRoles, recordUserChange, tellCredentialCheck } from '../../user-changes';

/** 사용자 등록: an account of the administrator's institute, with a temporary password shown once and replaced at first sign-in. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, body: CreateAdminUserDto): Promise<AdminUserPasswordView> {
    const email = body.email.toLowerCase();
    const { role, roles } = heldRoles(body.roles);
    const agencyCode = agencyFor(roles, body.agencyCode);
    const password = temporaryPassword([email, body.name]);
    const user: User = {
      id: randomUUID(),
      tenantId: actor.tenantId,
      email,
      name: body.name,
      role,
      roles,
      agencyCode,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      credentialVersion: 1,
      disabledAt: null,
      verifiedAt: new Date(),
    };
    try {
      await this.dataSource.transaction(async (tx) => {
        if (await this.queries.emailTaken(tx, actor.tenantId, email)) throw emailTaken();
        await this.queries.insert(tx, user);
        await announceUsers(tx, this.publisher, [user]);
        await recordUserChange(tx, actor, 'user.created', user, null, auditedUser(user));
      });
    } catch (error) {
      // Two registrations of one address at once: the unique index refuses the second.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw emailTaken();
      throw error;
    }
    await tellCredentialCheck(this.cache, user);
    return { user: adminUserView(user), temporaryPassword: password };
  }
}
