import type { AgencyAdminView, UpdateAgencyDto } from '@baeum/api';
import { AuthUser, changedFields, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockedAgency, traineeCount, updateAgency } from '../../agencies.queries';
import { adminView, agencyAudit, agencyNotFound, agencyRecord } from '../../agency-rules';

/** 기관 수정: names, kind and default quota (the code stays); only what changed is written and recorded. */
@Injectable()
export class ChangeAgencyUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(user: AuthUser, code: string, body: UpdateAgencyDto): Promise<AgencyAdminView> {
    return this.dataSource.transaction(async (tx) => {
      const agency = await lockedAgency(tx, user.tenantId, code);
      if (!agency) throw agencyNotFound(code);
      const before = agencyRecord(agency);
      // A field left out, or sent as null, stays as it is.
      const given = Object.fromEntries(
        Object.entries({
          nameKo: body.nameKo?.trim(),
          nameEn: body.nameEn?.trim(),
          kind: body.kind,
          defaultQuota: body.defaultQuota,
        }).filter(([, value]) => value !== undefined && value !== null),
      );
      const changed = changedFields(before, { ...before, ...given });
      if (changed) {
        await updateAgency(tx, agency, changed.after);
        Object.assign(agency, changed.after);
        await recordAudit(tx, 'enrollment', agencyAudit(user, 'agency.changed', code, changed.before, changed.after));
      }
      return adminView(agency, await traineeCount(tx, user.tenantId, code));
    });
  }
}
