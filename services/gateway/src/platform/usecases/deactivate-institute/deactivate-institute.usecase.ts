import { InstituteView } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, CACHE, CacheStore } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rememberCredentials } from '../../../identity/credentials';
import { announceUsers } from '../../../identity/user-events';
import { InstitutesQueries } from '../../institutes.queries';
import { auditedInstitute, instituteToChange, recordInstituteChange } from '../../institute-changes';

/**
 * 기관 운영 중지: the institute's people cannot sign in (AUTH.INSTITUTE_INACTIVE), and every token they hold
 * stops at once (their credential versions rise), and the notification service stops telling them
 * anything (their contacts turn inactive). Its data stays, untouched, for a reactivation.
 */
@Injectable()
export class DeactivateInstituteUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: InstitutesQueries,
    private readonly publisher: EventPublisher,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<InstituteView> {
    const { view, users } = await this.dataSource.transaction(async (tx) => {
      const tenant = await instituteToChange(tx, this.queries, id);
      if (tenant.deactivatedAt) return { view: await this.queries.one(tx, id), users: [] };
      await this.queries.setDeactivated(tx, id, new Date());
      const users = await this.queries.endSessions(tx, id);
      await announceUsers(tx, this.publisher, await this.queries.usersOf(tx, id), undefined, { instituteActive: false });
      await recordInstituteChange(tx, actor, 'institute.deactivated', tenant, auditedInstitute(tenant), {
        ...auditedInstitute(tenant),
        status: 'inactive',
      });
      return { view: await this.queries.one(tx, id), users };
    });
    // After the commit: the gateway's check learns at once that those tokens no longer stand.
    for (const user of users) await rememberCredentials(this.cache, user.id, user);
    return view;
  }
}
