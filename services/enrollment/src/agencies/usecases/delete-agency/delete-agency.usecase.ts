import { AuthUser, conflict, recordAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteAgency, lockedAgency, traineeCount } from '../../agencies.queries';
import { agencyAudit, agencyNotFound, agencyRecord } from '../../agency-rules';

/** 기관 삭제: only an agency without trainees (one made by mistake); one with trainees is deactivated instead. */
@Injectable()
export class DeleteAgencyUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(user: AuthUser, code: string): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      const agency = await lockedAgency(tx, user.tenantId, code);
      if (!agency) throw agencyNotFound(code);
      const trainees = await traineeCount(tx, user.tenantId, code);
      if (trainees > 0)
        throw conflict('AGENCY.HAS_TRAINEES', {
          params: { code, trainees },
          message: '교육생이 있는 기관은 삭제할 수 없습니다. 비활성화하세요 / An agency with trainees cannot be deleted; deactivate it',
        });
      await deleteAgency(tx, agency);
      await recordAudit(tx, 'enrollment', agencyAudit(user, 'agency.deleted', code, agencyRecord(agency), null));
    });
  }
}
