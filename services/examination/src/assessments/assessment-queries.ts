import { AssessorConflictView } from '@baeum/api';
import { AuthUser, forbidden, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { AssessmentRound } from './assessment-round.entity';
import { Assessor } from './assessor.entity';

export const candidateNotFound = () =>
  notFound('ASSESSMENT_CANDIDATE.NOT_FOUND', { message: '평가 대상자를 찾을 수 없습니다 / Candidate not found' });

/** Reads of assessment rounds, candidates and assessors, inside the caller's tenant. */
@Injectable()
export class AssessmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async round(tenantId: string, id: string, tx: EntityManager = this.dataSource.manager, lock = false): Promise<AssessmentRound> {
    const query = tx
      .getRepository(AssessmentRound)
      .createQueryBuilder('r')
      .where('r.id = :id AND r.tenant_id = :tenantId', { id, tenantId });
    const round = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!round) throw notFound('ASSESSMENT_ROUND.NOT_FOUND', { message: '역량평가 회차를 찾을 수 없습니다 / Assessment round not found' });
    return round;
  }

  async candidate(tenantId: string, id: string, tx: EntityManager = this.dataSource.manager): Promise<AssessmentCandidate> {
    const candidate = await tx.findOne(AssessmentCandidate, { where: { id, tenantId } });
    if (!candidate) throw candidateNotFound();
    return candidate;
  }

  /** 이해충돌 declared in the tenant, by assessor and official. */
  conflicts(tenantId: string): Promise<AssessorConflictView[]> {
    return this.dataSource.query(
      `SELECT c.assessor_id AS "assessorId", c.employee_no AS "employeeNo", c.tenant_id AS "tenantId", c.reason
         FROM examination.assessor_conflict c JOIN examination.assessor a ON a.id = c.assessor_id
        WHERE c.tenant_id = $1 ORDER BY a.name_ko, c.employee_no`,
      [tenantId],
    );
  }

  /** The assessor record of the signed-in assessor. */
  async assessorOf(user: AuthUser, tx: EntityManager = this.dataSource.manager): Promise<Assessor> {
    const assessor = await tx.findOne(Assessor, { where: { tenantId: user.tenantId, userId: user.userId, active: true } });
    if (!assessor)
      throw forbidden('ASSESSOR.NOT_REGISTERED', {
        message: '평가위원으로 등록되어 있지 않습니다 / you are not registered as an assessor',
      });
    return assessor;
  }
}
