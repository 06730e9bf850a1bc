import { InstituteView } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceUsers } from '../../../identity/user-events';
import { InstitutesQueries } from '../../institutes.queries';
import { auditedInstitute, instituteToChange, recordInstituteChange } from '../../institute-changes';

/**
 * 기관 운영 재개: the institute's people may sign in again (their tokens from before stay void), and each
 * is told of again as their own account stands.
 */
@Injectable()
export class ReactivateInstituteUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: InstitutesQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(actor: AuthUser, id: string): Promise<InstituteView> {
    return this.dataSource.transaction(async (tx) => {
      const tenant = await instituteToChange(tx, this.queries, id);
      if (!tenant.deactivatedAt) return this.queries.one(tx, id);
      await this.queries.setDeactivated(tx, id, null);
      await announceUsers(tx, this.publisher, await this.queries.usersOf(tx, id));
      await recordInstituteChange(tx, actor, 'institute.reactivated', tenant, auditedInstitute(tenant), {
        ...auditedInstitute(tenant),
        status: 'active',
      });
      return this.queries.one(tx, id);
    });
  }
}
