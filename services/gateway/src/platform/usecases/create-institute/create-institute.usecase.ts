import { CreatedInstituteView, CreateInstituteDto } from '@baeum/api';
import { PasswordResetRequestedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { auditBy, AuthUser, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { hashPassword } from '../../../identity/password';
import { PasswordResetQueries } from '../../../identity/password-reset.queries';
import { newVerificationToken } from '../../../identity/sign-up.queries';
import { Tenant } from '../../../identity/tenant.entity';
import { RESET_CONFIRM_PATH } from '../../../identity/usecases/request-password-reset/request-password-reset.usecase';
import { announceUsers } from '../../../identity/user-events';
import { User } from '../../../identity/user.entity';
import { InstitutesQueries } from '../../institutes.queries';
import { auditedInstitute, codeTaken, recordInstituteChange } from '../../institute-changes';

/** How long the first administrator's set-password link stands: longer than a reset's, since nobody asked for it just now. */
export const FIRST_ADMIN_LINK_TTL_MS = 72 * 3600_000;

/**
 * 기관 개설: a new institute (tenant) and its first administrator. The administrator gets no password anyone
 * sees: the account's password is random and unknown, and a set-password link is mailed through the
 * password reset's own event (identity.password_reset.requested), written in the same transaction, which the
 * notification service mails. Other services need nothing of a new institute: they answer a tenant with
 * no rows of theirs with defaults (its settings) and empty lists.
 */
@Injectable()
export class CreateInstituteUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: InstitutesQueries,
    private readonly resets: PasswordResetQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, body: CreateInstituteDto): Promise<CreatedInstituteView> {
    const tenant: Tenant = {
      id: randomUUID(),
      slug: body.code,
      nameKo: body.nameKo.trim(),
      nameEn: body.nameEn.trim(),
      kind: 'institute',
      deactivatedAt: null,
    };
    const email = body.adminEmail.toLowerCase();
    const admin: User = {
      id: randomUUID(),
      tenantId: tenant.id,
      email,
      name: body.adminName.trim(),
      role: 'admin',
      roles: ['admin'],
      agencyCode: null,
      // Nobody knows this password: the administrator sets their own by the mailed link.
      passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
      mustChangePassword: false,
      credentialVersion: 1,
      disabledAt: null,
      verifiedAt: new Date(),
    };
    const { token, hash } = newVerificationToken();
    const expiresAt = new Date(Date.now() + FIRST_ADMIN_LINK_TTL_MS);
    try {
      await this.dataSource.transaction(async (tx) => {
        if (await this.queries.codeTaken(tx, tenant.slug)) throw codeTaken();
        await this.queries.insertInstitute(tx, tenant);
        await this.queries.insertUser(tx, admin);
        await this.resets.replace(tx, admin, hash, expiresAt);
        // The notification service's contacts learn of the administrator with the institute.
        await announceUsers(tx, this.publisher, [admin]);
        await this.publisher.publish(tx, PasswordResetRequestedV1, tenant.id, {
          userId: admin.id,
          email,
          name: admin.name,
          tenantSlug: tenant.slug,
          tenantName: tenant.nameKo,
          resetPath: `${RESET_CONFIRM_PATH}?token=${token}`,
          expiresAt: expiresAt.toISOString(),
          locale: 'ko',
        });
        await recordInstituteChange(tx, actor, 'institute.created', tenant, null, { ...auditedInstitute(tenant), adminEmail: email });
        // The new institute's own log starts with who made its administrator.
        const after = { email, name: admin.name, roles: ['admin'], agencyCode: null, status: 'active' };
        await recordAudit(tx, 'gateway', {
          ...auditBy(actor, { action: 'user.created', subjectType: 'user', subjectId: admin.id, before: null, after }),
          tenantId: tenant.id,
        });
      });
    } catch (error) {
      // Two creations of one code at once: the unique index refuses the second.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw codeTaken();
      throw error;
    }
    return {
      institute: await this.queries.one(this.dataSource.manager, tenant.id),
      admin: { id: admin.id, email, name: admin.name, linkExpiresAt: expiresAt.toISOString() },
    };
  }
}
