import { AssessorConflictView } from '@baeum/api';
import { AuthUser, forbidden, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { AssessmentRound } from './assessment-round.entity';
import { Assessor } from './assessor.entity';
import { AssessorConflict } from './assessor-conflict.entity';

export const candidateNotFound = () =>
  notFound('ASSESSMENT_CANDIDATE.NOT_FOUND', { message: '평가 대상자를 찾을 수 없습니다 / Candidate not found' });

/** Reads and writes of assessment rounds, candidates and assessors, inside the caller's tenant. */
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

  /** The round's candidate codes already given (to keep a new one unique within the round). */
  async candidateCodeTaken(roundId: string, code: string, tx: EntityManager): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM examination.assessment_candidate WHERE round_id = $1 AND code = $2`, [
      roundId,
      code,
    ]);
    return rows.length > 0;
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

  rounds(tenantId: string): Promise<AssessmentRound[]> {
    return this.dataSource
      .getRepository(AssessmentRound)
      .find({ where: { tenantId }, order: { year: 'DESC', targetGrade: 'ASC', roundNo: 'DESC' } });
  }

  /** Per round of the tenant: its candidates and how many passed. */
  roundCounts(tenantId: string): Promise<{ roundId: string; candidates: number; passed: number }[]> {
    return this.dataSource.query(
      `SELECT round_id AS "roundId", count(*)::int AS candidates, count(*) FILTER (WHERE passed)::int AS passed FROM examination.assessment_candidate WHERE tenant_id = $1 GROUP BY round_id`,
      [tenantId],
    );
  }

  /** Inserts a round; a second round of the same year, grade and number fails as a unique violation. */
  async insertRound(round: AssessmentRound): Promise<void> {
    await this.dataSource.getRepository(AssessmentRound).insert(round);
  }

  candidates(roundId: string): Promise<AssessmentCandidate[]> {
    return this.dataSource.getRepository(AssessmentCandidate).find({ where: { roundId }, order: { employeeNo: 'ASC' } });
  }

  candidateCount(roundId: string): Promise<number> {
    return this.dataSource.getRepository(AssessmentCandidate).countBy({ roundId });
  }

  /** The signed-in official's own candidacies. */
  candidatesOf(user: AuthUser): Promise<AssessmentCandidate[]> {
    return this.dataSource.getRepository(AssessmentCandidate).find({ where: { tenantId: user.tenantId, userId: user.userId } });
  }

  /** Per candidate of a round: the ratings expected of its assessors (one per competency) and those given. */
  ratingProgress(roundId: string, competencies: number): Promise<{ candidateId: string; expected: number; rated: number }[]> {
    return this.dataSource.query(
      `SELECT a.candidate_id AS "candidateId", count(DISTINCT (a.technique, a.assessor_id))::int * $2 AS expected, count(r.score)::int AS rated
         FROM examination.assessment_assignment a
         LEFT JOIN examination.assessment_rating r ON r.candidate_id = a.candidate_id AND r.technique = a.technique AND r.assessor_id = a.assessor_id
        WHERE a.round_id = $1 GROUP BY a.candidate_id`,
      [roundId, competencies],
    );
  }

  assessors(tenantId: string): Promise<Assessor[]> {
    return this.dataSource.getRepository(Assessor).find({ where: { tenantId }, order: { nameKo: 'ASC' } });
  }

  assessor(tenantId: string, id: string): Promise<Assessor | null> {
    return this.dataSource.getRepository(Assessor).findOneBy({ id, tenantId });
  }

  /** Inserts an assessor; a user registered twice fails as a unique violation. */
  async insertAssessor(assessor: Assessor): Promise<void> {
    await this.dataSource.getRepository(Assessor).insert(assessor);
  }

  /** A conflict declared again keeps one row, with the latest reason. */
  async upsertConflict(declared: AssessorConflict): Promise<void> {
    await this.dataSource.getRepository(AssessorConflict).upsert(declared, ['assessorId', 'employeeNo']);
  }

  /** An assessor's assignments with their rounds, the latest round first. */
  assignmentsOf(assessorId: string): Promise<AssessorAssignmentRow[]> {
    return this.dataSource.query(
      `SELECT a.candidate_id AS "candidateId", c.code AS "candidateCode", a.technique, r.id AS "roundId", r.target_grade AS "targetGrade", r.year, r.round_no AS "roundNo", r.held_on::text AS "heldOn",
                r.competencies, r.techniques, r.completed_on::text AS "completedOn"
           FROM examination.assessment_assignment a JOIN examination.assessment_round r ON r.id = a.round_id
                JOIN examination.assessment_candidate c ON c.id = a.candidate_id
          WHERE a.assessor_id = $1 ORDER BY r.held_on DESC, a.candidate_id, a.technique`,
      [assessorId],
    );
  }

  ratingsBy(
    assessorId: string,
  ): Promise<{ candidateId: string; technique: string; competency: string; score: number; comment: string | null }[]> {
    return this.dataSource.query(
      `SELECT candidate_id AS "candidateId", technique, competency, score, comment FROM examination.assessment_rating WHERE assessor_id = $1`,
      [assessorId],
    );
  }
}

export interface AssessorAssignmentRow {
  candidateId: string;
  candidateCode: string;
  technique: string;
  roundId: string;
  targetGrade: number;
  year: number;
  roundNo: number;
  heldOn: string;
  competencies: AssessmentRound['competencies'];
  techniques: AssessmentRound['techniques'];
  completedOn: string | null;
}
