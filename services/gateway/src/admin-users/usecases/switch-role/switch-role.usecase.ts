import { Role, SessionView } from '@baeum/api';
import { AuthUser, forbidden } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { toUserView } from '../../../identity/auth.controller';
import { issueSession } from '../../../identity/credentials';
import { AdminUsersQueries, rolesOf } from '../../admin-users.queries';
import { unknownUser } from '../../user-changes';

/** 역할 전환: a new session acting in another of the user's own roles (not audited: it changes nothing). */
@Injectable()
export class SwitchRoleUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AdminUsersQueries,
    private readonly jwt: JwtService,
  ) {}

  async execute(auth: AuthUser, role: Role): Promise<SessionView> {
    const user = await this.queries.user(auth.tenantId, auth.userId);
    const tenant = await this.queries.tenant(this.dataSource.manager, auth.tenantId);
    if (!user || user.disabledAt) throw unknownUser();
    if (!rolesOf(user).includes(role)) {
      throw forbidden('AUTH.ROLE_NOT_HELD', {
        field: 'role',
        message: '가진 역할로만 전환할 수 있습니다 / You can switch only to a role you hold',
      });
    }
    return issueSession(this.jwt, { ...user, role }, tenant, toUserView);
  }
}
