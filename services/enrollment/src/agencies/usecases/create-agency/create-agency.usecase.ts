import type { AgencyAdminView, CreateAgencyDto } from '@baeum/api';
import { AgencyChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, isUniqueViolation, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { insertAgency } from '../../agencies.queries';
import { adminView, agencyAudit, agencyRecord } from '../../agency-rules';
import type { Agency } from '../../agency.entity';

const codeTaken = (code: string) =>
  conflict('AGENCY.CODE_TAKEN', {
    field: 'code',
    params: { code },
    message: '이미 있는 기관 코드입니다 / The institute has an agency of this code already',
  });

/** 기관 등록: a new, active agency of the institute, its code unique there; recorded in the audit log with it. */
@Injectable()
export class CreateAgencyUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, body: CreateAgencyDto): Promise<AgencyAdminView> {
    const agency: Agency = {
      tenantId: user.tenantId,
      code: body.code,
      nameKo: body.nameKo.trim(),
      nameEn: body.nameEn.trim(),
      kind: body.kind,
      active: true,
      defaultQuota: body.defaultQuota,
    };
    try {
      return await this.dataSource.transaction(async (tx) => {
        await insertAgency(tx, agency);
        await recordAudit(tx, 'enrollment', agencyAudit(user, 'agency.created', agency.code, null, agencyRecord(agency)));
        // Announced active: a code deleted while deactivated and created again takes quotas again.
        await this.publisher.publish(tx, AgencyChangedV1, user.tenantId, {
          code: agency.code,
          nameKo: agency.nameKo,
          active: true,
          changedAt: new Date().toISOString(),
        });
        return adminView(agency, 0);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(agency.code);
      throw error;
    }
  }
}
