import { fieldError, invalidInput } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignUpQueries, tokenHash } from '../../sign-up.queries';
import { Tenant } from '../../tenant.entity';
import { announceUsers } from '../../user-events';
import { User } from '../../user.entity';

export interface VerifySignUpCommand {
  /** The token of the mailed link. */
  token: string;
}

/** One answer for a link that is unknown, used, replaced or expired: none tells which. */
export const linkRefused = () =>
  invalidInput([
    fieldError(
      'token',
      'AUTH.VERIFICATION_INVALID',
      undefined,
      '확인 링크가 올바르지 않거나 만료되었습니다 / the link is unknown, used or expired',
    ),
  ]);

/**
 * Opens a sign-up's link: the account is verified and its owner signed in (the caller issues the
 * session). A link works once; it is used up in the same transaction that verifies the account.
 */
@Injectable()
export class VerifySignUpUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: SignUpQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(command: VerifySignUpCommand): Promise<{ user: User; tenant: Tenant }> {
    const hash = tokenHash(command.token);
    const verified = await this.dataSource.transaction(async (tx) => {
      const userId = await this.queries.takeLink(tx, hash);
      const user = userId ? await this.queries.markVerified(tx, userId) : null;
      // Confirmed: from now on the applicant is someone to tell (a contact of the notification service).
      if (user) await announceUsers(tx, this.publisher, [user]);
      return user ? { user, tenant: await this.queries.tenantById(tx, user.tenantId) } : null;
    });
    if (!verified) throw linkRefused();
    return verified;
  }
}
