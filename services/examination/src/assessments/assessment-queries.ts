import { AssessorConflictView } from '@baeum/api';
import { AuthUser, forbidden, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { seoulDate } from '@baeum/calendar';
import { PreparatoryCohort } from '../preparatory-courses/preparatory-cohort.entity';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { AssessmentRound } from './assessment-round.entity';
import { Rating } from './assessment-rules';
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

  /** Serialises registrations of one official until the transaction ends, whichever round they come through. */
  async lockOfficial(tenantId: string, employeeNo: string, tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:assessment-candidate:${tenantId}:${employeeNo}`]);
  }

  /** Every candidacy of an official for a grade, in any round: passed or not, and whether the round is complete. */
  gradeHistory(
    tenantId: string,
    employeeNo: string,
    targetGrade: number,
    tx: EntityManager,
  ): Promise<{ passed: boolean | null; completedOn: string | null; roundId: string }[]> {
    return tx.query(
      `SELECT c.passed, r.completed_on::text AS "completedOn", r.id AS "roundId"
         FROM examination.assessment_candidate c JOIN examination.assessment_round r ON r.id = c.round_id
        WHERE c.tenant_id = $1 AND c.employee_no = $2 AND r.target_grade = $3`,
      [tenantId, employeeNo, targetGrade],
    );
  }

  /** How many ratings the round's candidates have been given. */
  async ratingCount(roundId: string, tx: EntityManager): Promise<number> {
    const [{ rated }]: { rated: number }[] = await tx.query(
      `SELECT count(*)::int AS rated
         FROM examination.assessment_rating r JOIN examination.assessment_candidate c ON c.id = r.candidate_id
        WHERE c.round_id = $1`,
      [roundId],
    );
    return rated;
  }

  /** Every rating given to these candidates. */
  ratingsOf(candidateIds: string[], tx: EntityManager): Promise<(Rating & { candidateId: string })[]> {
    return tx.query(
      `SELECT candidate_id AS "candidateId", technique, assessor_id AS "assessorId", competency, score
         FROM examination.assessment_rating WHERE candidate_id = ANY($1::uuid[])`,
      [candidateIds],
    );
  }

  /** How many (candidate, technique, assessor) assignments the round has. */
  async assignmentCount(roundId: string, tx: EntityManager): Promise<number> {
    const [{ assignments }]: { assignments: number }[] = await tx.query(
      `SELECT count(*)::int AS assignments FROM examination.assessment_assignment WHERE round_id = $1`,
      [roundId],
    );
    return assignments;
  }

  /** The round a candidate sits in. */
  roundOf(candidate: AssessmentCandidate): Promise<AssessmentRound> {
    return this.dataSource.getRepository(AssessmentRound).findOneByOrFail({ id: candidate.roundId });
  }

  /** The assessors' comments on a candidate, by technique and competency. */
  comments(candidateId: string): Promise<{ competency: string; technique: string; comment: string }[]> {
    return this.dataSource.query(
      `SELECT competency, technique, comment FROM examination.assessment_rating
        WHERE candidate_id = $1 AND comment IS NOT NULL ORDER BY technique, competency, rated_at`,
      [candidateId],
    );
  }

  /** The round's chosen cohort, else the next one (from today, Seoul) of the course `courseCode`. */
  preparatoryCohort(round: AssessmentRound, courseCode: string): Promise<PreparatoryCohort | null> {
    const repository = this.dataSource.getRepository(PreparatoryCohort);
    return round.prepCohortId
      ? repository.findOneBy({ cohortId: round.prepCohortId, tenantId: round.tenantId })
      : repository
          .createQueryBuilder('c')
          .where('c.tenant_id = :tenantId AND c.course_code = :code AND NOT c.cancelled AND c.start_date >= :today', {
            tenantId: round.tenantId,
            code: courseCode,
            today: seoulDate(new Date()),
          })
          .orderBy('c.start_date')
          .getOne();
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
      `SELECT round_id AS "roundId", count(*)::int AS candidates, count(*) FILTER ` +
        `(WHERE passed)::int AS passed FROM examination.assessment_candidate WHERE ` +
        `tenant_id = $1 GROUP BY round_id`,
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
      `SELECT a.candidate_id AS "candidateId", count(DISTINCT (a.technique, a.assessor_id))::int * $2 AS expected,
        count(r.score)::int AS rated
         FROM examination.assessment_assignment a
         LEFT JOIN examination.assessment_rating r ON r.candidate_id = a.candidate_id AND r.technique = a.technique AND
           r.assessor_id = a.assessor_id
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
      `SELECT a.candidate_id AS "candidateId", c.code AS "candidateCode", a.technique, r.id AS "roundId", r.target_grade AS
        "targetGrade", r.year, r.round_no AS "roundNo", r.held_on::text AS "heldOn",
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
      `SELECT candidate_id AS "candidateId", technique, competency, score, comment ` +
        `FROM examination.assessment_rating WHERE assessor_id = $1`,
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
