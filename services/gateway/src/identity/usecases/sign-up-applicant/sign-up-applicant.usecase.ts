import { SignUpAcceptedView } from '@baeum/api';
import { SignUpRepeatedV1, SignUpVerificationRequestedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { isUniqueViolation, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../password';
import { assertStrongPassword } from '../../password-policy';
import { newVerificationToken, SignUpQueries, VERIFICATION_TTL_MS } from '../../sign-up.queries';
import { Tenant } from '../../tenant.entity';
import { User } from '../../user.entity';

export interface SignUpApplicantCommand {
  /** The institute's code (slug). */
  tenant: string;
  email: string;
  password: string;
  name: string;
  /** The language the mail is written in. */
  locale: 'ko' | 'en';
}

/** Where the mails send their reader, relative to the site's address (apps/web's routes). */
export const SIGN_UP_PATHS = { verify: '/signup/verify', signIn: '/login', reset: '/password-reset' } as const;

/**
 * 회원가입 of an applicant. It answers the same, after the same work (the password is hashed either
 * way), whether the address is new or known, so that nobody learns who is registered:
 *  - a new address: an unverified applicant account and a one-time link (24 h), mailed through
 *    `identity.sign_up.verification_requested`;
 *  - an address whose applicant account is still unverified: a new link, which ends the one before; the
 *    account's name and password stay as first given (a stranger cannot change them by signing up again);
 *  - any other known address (a verified applicant, staff): nothing changes; `identity.sign_up.repeated`
 *    tells the owner by mail.
 * The event is written in the same transaction as the account.
 */
@Injectable()
export class SignUpApplicantUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: SignUpQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(command: SignUpApplicantCommand): Promise<SignUpAcceptedView> {
    const tenant = await this.queries.tenantBySlug(command.tenant);
    // The platform's own tenant takes no applicants, and a deactivated institute none either (ADR 0014).
    if (!tenant || tenant.kind === 'platform' || tenant.deactivatedAt)
      throw notFound('AUTH.INSTITUTE_UNKNOWN', { field: 'tenant', message: '기관을 찾을 수 없습니다 / Institute not found' });
    const email = command.email.trim().toLowerCase();
    assertStrongPassword('password', command.password, [email, command.name, tenant.slug, tenant.nameEn]);
    const passwordHash = await hashPassword(command.password);
    try {
      await this.dataSource.transaction((tx) => this.record(tx, tenant, { ...command, email }, passwordHash));
    } catch (error) {
      // Two sign-ups of one new address at once: the second finds the first's account when it runs again.
      if (!isUniqueViolation(error)) throw error;
      await this.dataSource.transaction((tx) => this.record(tx, tenant, { ...command, email }, passwordHash));
    }
    return { status: 'verification_sent', email };
  }

  private async record(tx: EntityManager, tenant: Tenant, command: SignUpApplicantCommand, passwordHash: string): Promise<void> {
    const existing = await this.queries.userByEmail(tx, tenant.id, command.email);
    if (!existing) {
      const user: User = {
        id: randomUUID(),
        tenantId: tenant.id,
        email: command.email,
        name: command.name.trim(),
        role: 'applicant',
        agencyCode: null,
        passwordHash,
        mustChangePassword: false,
        credentialVersion: 1,
        disabledAt: null,
        verifiedAt: null,
      };
      await this.queries.insertApplicant(tx, user);
      return this.sendLink(tx, tenant, user, command.locale);
    }
    if (existing.role === 'applicant' && !existing.verifiedAt && !existing.disabledAt) {
      return this.sendLink(tx, tenant, existing, command.locale);
    }
    await this.publisher.publish(tx, SignUpRepeatedV1, tenant.id, {
      userId: existing.id,
      email: existing.email,
      name: existing.name,
      tenantSlug: tenant.slug,
      tenantName: command.locale === 'en' ? tenant.nameEn : tenant.nameKo,
      signInPath: SIGN_UP_PATHS.signIn,
      resetPath: SIGN_UP_PATHS.reset,
      locale: command.locale,
    });
  }

  private async sendLink(tx: EntityManager, tenant: Tenant, user: User, locale: 'ko' | 'en'): Promise<void> {
    const { token, hash } = newVerificationToken();
    const expiresAt = new Date(Date.now() + VERIFICATION_TTL_MS);
    await this.queries.replaceLink(tx, user, hash, expiresAt);
    await this.publisher.publish(tx, SignUpVerificationRequestedV1, tenant.id, {
      userId: user.id,
      email: user.email,
      name: user.name,
      tenantSlug: tenant.slug,
      tenantName: locale === 'en' ? tenant.nameEn : tenant.nameKo,
      verifyPath: `${SIGN_UP_PATHS.verify}?token=${token}`,
      expiresAt: expiresAt.toISOString(),
      locale,
    });
  }
}
