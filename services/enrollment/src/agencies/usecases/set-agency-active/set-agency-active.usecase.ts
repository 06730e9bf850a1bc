import type { AgencyAdminView } from '@baeum/api';
import { AgencyChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockedAgency, traineeCount, updateAgency } from '../../agencies.queries';
import { adminView, agencyAudit, agencyNotFound } from '../../agency-rules';

/**
 * 기관 비활성화 / 재활성화. A deactivated agency keeps its trainees and history; its staff cannot apply
 * and it takes no quotas until reactivated (announced as `enrollment.agency.changed`, which curriculum
 * keeps). Asking for the state it is in changes, records and announces nothing.
 */
@Injectable()
export class SetAgencyActiveUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, code: string, active: boolean): Promise<AgencyAdminView> {
    return this.dataSource.transaction(async (tx) => {
      const agency = await lockedAgency(tx, user.tenantId, code);
      if (!agency) throw agencyNotFound(code);
      if (agency.active !== active) {
        await updateAgency(tx, agency, { active });
        await recordAudit(
          tx,
          'enrollment',
          agencyAudit(user, active ? 'agency.reactivated' : 'agency.deactivated', code, { active: agency.active }, { active }),
        );
        agency.active = active;
        // Curriculum gives a deactivated agency no quota on a cohort.
        await this.publisher.publish(tx, AgencyChangedV1, user.tenantId, {
          code,
          nameKo: agency.nameKo,
          active,
          changedAt: new Date().toISOString(),
        });
      }
      return adminView(agency, await traineeCount(tx, user.tenantId, code));
    });
  }
}
