import {
  AddCandidateDto,
  AssessmentCandidateView,
  AssessmentConsolidationView,
  AssessmentModelView,
  AssessmentRoundDetailView,
  AssessmentRoundSummaryView,
  AssessmentRoundView,
  AssessmentSittingDto,
  AssessorAssignmentView,
  AssessorConflictView,
  AssessorTaskView,
  AssessorView,
  ConflictDto,
  CreateAssessmentRoundDto,
  CreateAssessorDto,
  ExamSittingView,
  FeedbackReportView,
  RateCandidateDto,
  RatingsRecordedView,
} from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, CurrentUser, isUniqueViolation, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { recordSitting } from '../results/results.controller';
import { isOfficer, OFFICER_ROLES } from '../shared/roles';
import { AssessmentCandidate } from './assessment-candidate.entity';
import { ASSESSMENT_MODELS, modelFor } from './assessment-models';
import { AssessmentQueries, candidateNotFound } from './assessment-queries';
import { AssessmentRound } from './assessment-round.entity';
import { Assessor } from './assessor.entity';
import { AssessorConflict } from './assessor-conflict.entity';
import { FeedbackReports } from './feedback';
import { AddCandidateUseCase } from './usecases/add-candidate/add-candidate.usecase';
import { AssignAssessorsUseCase } from './usecases/assign-assessors/assign-assessors.usecase';
import { ConsolidateRoundUseCase } from './usecases/consolidate-round/consolidate-round.usecase';
import { RateCandidateUseCase } from './usecases/rate-candidate/rate-candidate.usecase';

export const ASSESSMENT_BUDGET_LINE = 'ASSESSMENT-OPS';

/**
 * Candidates are shown to assessors by a code, not by name: they rate what they observe. The code
 * is the id's tail (its random end), so two candidates of a round do not read alike.
 */
const candidateCode = (candidate: { id: string }) => `C-${candidate.id.slice(-6).toUpperCase()}`;

const toRoundView = (round: AssessmentRound): AssessmentRoundView => ({ ...round, assignedAt: round.assignedAt?.toISOString() ?? null });

@ApiTags('assessments')
@ApiBearerAuth()
@Controller()
export class AssessmentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentQueries,
    private readonly feedback: FeedbackReports,
    private readonly publisher: EventPublisher,
    private readonly addCandidate: AddCandidateUseCase,
    private readonly assignAssessors: AssignAssessorsUseCase,
    private readonly rateCandidate: RateCandidateUseCase,
    private readonly consolidateRound: ConsolidateRoundUseCase,
  ) {}

  @Get('assessment-models')
  @ApiOkResponse({ type: [AssessmentModelView] })
  models(): AssessmentModelView[] {
    return ASSESSMENT_MODELS;
  }

  @Get('assessment-rounds')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessmentRoundSummaryView] })
  async rounds(@CurrentUser() user: AuthUser): Promise<AssessmentRoundSummaryView[]> {
    const rounds = await this.dataSource
      .getRepository(AssessmentRound)
      .find({ where: { tenantId: user.tenantId }, order: { year: 'DESC', targetGrade: 'ASC', roundNo: 'DESC' } });
    const counts: { roundId: string; candidates: number; passed: number }[] = await this.dataSource.query(
      `SELECT round_id AS "roundId", count(*)::int AS candidates, count(*) FILTER (WHERE passed)::int AS passed FROM examination.assessment_candidate WHERE tenant_id = $1 GROUP BY round_id`,
      [user.tenantId],
    );
    return rounds.map((r) => ({
      ...toRoundView(r),
      candidates: counts.find((c) => c.roundId === r.id)?.candidates ?? 0,
      passed: counts.find((c) => c.roundId === r.id)?.passed ?? 0,
    }));
  }

  @Post('assessment-rounds')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessmentRoundView })
  async createRound(@CurrentUser() user: AuthUser, @Body() body: CreateAssessmentRoundDto): Promise<AssessmentRoundView> {
    const model = modelFor(body.targetGrade)!;
    const round: AssessmentRound = {
      id: randomUUID(),
      tenantId: user.tenantId,
      targetGrade: body.targetGrade,
      year: body.year,
      roundNo: body.roundNo,
      heldOn: body.heldOn,
      competencies: model.competencies,
      techniques: model.techniques,
      passThreshold: body.passThreshold ?? 250,
      maxAttempts: body.maxAttempts ?? 3,
      assessorsPerTechnique: body.assessorsPerTechnique ?? 2,
      prepCohortId: body.prepCohortId ?? null,
      assignedAt: null,
      completedOn: null,
    };
    await this.dataSource
      .getRepository(AssessmentRound)
      .insert(round)
      .catch((error) => {
        if (isUniqueViolation(error))
          throw conflict('ASSESSMENT_ROUND.EXISTS', {
            field: 'roundNo',
            params: { year: body.year, targetGrade: body.targetGrade, roundNo: body.roundNo },
            message: `${body.year}년 ${body.targetGrade}급 ${body.roundNo}회차가 이미 있습니다 / this round already exists`,
          });
        throw error;
      });
    return toRoundView(round);
  }

  @Get('assessment-rounds/:id')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: AssessmentRoundDetailView })
  async round(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessmentRoundDetailView> {
    const round = await this.assessments.round(user.tenantId, id);
    const candidates = await this.dataSource
      .getRepository(AssessmentCandidate)
      .find({ where: { roundId: id }, order: { employeeNo: 'ASC' } });
    const progress: { candidateId: string; expected: number; rated: number }[] = await this.dataSource.query(
      `SELECT a.candidate_id AS "candidateId", count(DISTINCT (a.technique, a.assessor_id))::int * $2 AS expected, count(r.score)::int AS rated
         FROM examination.assessment_assignment a
         LEFT JOIN examination.assessment_rating r ON r.candidate_id = a.candidate_id AND r.technique = a.technique AND r.assessor_id = a.assessor_id
        WHERE a.round_id = $1 GROUP BY a.candidate_id`,
      [id, round.competencies.length],
    );
    return {
      ...toRoundView(round),
      candidates: candidates.map((c) => ({ ...c, ...(progress.find((p) => p.candidateId === c.id) ?? { expected: 0, rated: 0 }) })),
    };
  }

  @Post('assessment-rounds/:id/candidates')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessmentCandidateView })
  candidate(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AddCandidateDto,
  ): Promise<AssessmentCandidateView> {
    return this.addCandidate.execute(user, id, body);
  }

  @Get('assessors')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessorView] })
  assessors(@CurrentUser() user: AuthUser): Promise<AssessorView[]> {
    return this.dataSource.getRepository(Assessor).find({ where: { tenantId: user.tenantId }, order: { nameKo: 'ASC' } });
  }

  @Post('assessors')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessorView })
  async addAssessor(@CurrentUser() user: AuthUser, @Body() body: CreateAssessorDto): Promise<AssessorView> {
    const assessor: Assessor = {
      id: randomUUID(),
      tenantId: user.tenantId,
      userId: body.userId,
      nameKo: body.nameKo,
      agencyCode: body.agencyCode ?? null,
      active: true,
    };
    await this.dataSource
      .getRepository(Assessor)
      .insert(assessor)
      .catch((error) => {
        if (isUniqueViolation(error))
          throw conflict('ASSESSOR.ALREADY_REGISTERED', {
            field: 'userId',
            message: '이미 등록된 평가위원입니다 / this user is already an assessor',
          });
        throw error;
      });
    return assessor;
  }

  /** The conflicts of interest declared: who is never assigned to whom, and why. */
  @Get('assessors/conflicts')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [AssessorConflictView] })
  conflicts(@CurrentUser() user: AuthUser): Promise<AssessorConflictView[]> {
    return this.assessments.conflicts(user.tenantId);
  }

  /** 이해충돌 신고: the assessor will never be assigned to that official. */
  @Post('assessors/:id/conflicts')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: AssessorConflictView })
  async declareConflict(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ConflictDto,
  ): Promise<AssessorConflictView> {
    const assessor = await this.dataSource.getRepository(Assessor).findOneBy({ id, tenantId: user.tenantId });
    if (!assessor) throw notFound('ASSESSOR.NOT_FOUND', { message: '평가위원을 찾을 수 없습니다 / Assessor not found' });
    const conflictRow: AssessorConflict = { assessorId: id, employeeNo: body.employeeNo, tenantId: user.tenantId, reason: body.reason };
    await this.dataSource.getRepository(AssessorConflict).upsert(conflictRow, ['assessorId', 'employeeNo']);
    return conflictRow;
  }

  @Post('assessment-rounds/:id/assignments')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AssessorAssignmentView })
  assign(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessorAssignmentView> {
    return this.assignAssessors.execute(user, id);
  }

  /** The assessor's work: each assigned candidate and technique, with the ratings given so far. */
  @Get('assessments/assignments/mine')
  @Roles('assessor')
  @ApiOkResponse({ type: [AssessorTaskView] })
  async myAssignments(@CurrentUser() user: AuthUser): Promise<AssessorTaskView[]> {
    const assessor = await this.assessments.assessorOf(user);
    const rows: {
      candidateId: string;
      technique: string;
      roundId: string;
      targetGrade: number;
      year: number;
      roundNo: number;
      heldOn: string;
      competencies: AssessmentRound['competencies'];
      techniques: AssessmentRound['techniques'];
      completedOn: string | null;
    }[] = await this.dataSource.query(
      `SELECT a.candidate_id AS "candidateId", a.technique, r.id AS "roundId", r.target_grade AS "targetGrade", r.year, r.round_no AS "roundNo", r.held_on::text AS "heldOn",
                r.competencies, r.techniques, r.completed_on::text AS "completedOn"
           FROM examination.assessment_assignment a JOIN examination.assessment_round r ON r.id = a.round_id
          WHERE a.assessor_id = $1 ORDER BY r.held_on DESC, a.candidate_id, a.technique`,
      [assessor.id],
    );
    const ratings: { candidateId: string; technique: string; competency: string; score: number; comment: string | null }[] =
      await this.dataSource.query(
        `SELECT candidate_id AS "candidateId", technique, competency, score, comment FROM examination.assessment_rating WHERE assessor_id = $1`,
        [assessor.id],
      );
    return rows.map((r) => ({
      candidateId: r.candidateId,
      candidateCode: candidateCode({ id: r.candidateId }),
      round: {
        id: r.roundId,
        targetGrade: r.targetGrade,
        year: r.year,
        roundNo: r.roundNo,
        heldOn: r.heldOn,
        completed: r.completedOn !== null,
      },
      technique: r.techniques.find((t) => t.code === r.technique) ?? { code: r.technique, ko: r.technique, en: r.technique },
      competencies: r.competencies.map((c) => {
        const given = ratings.find((x) => x.candidateId === r.candidateId && x.technique === r.technique && x.competency === c.code);
        return { ...c, score: given?.score ?? null, comment: given?.comment ?? null };
      }),
    }));
  }

  @Put('assessments/ratings')
  @Roles('assessor')
  @ApiOkResponse({ type: RatingsRecordedView })
  rate(@CurrentUser() user: AuthUser, @Body() body: RateCandidateDto): Promise<RatingsRecordedView> {
    return this.rateCandidate.execute(user, body);
  }

  @Post('assessment-rounds/:id/consolidation')
  @Roles(...OFFICER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentConsolidationView })
  consolidate(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AssessmentConsolidationView> {
    return this.consolidateRound.execute(user, id);
  }

  @Post('assessment-rounds/:id/sitting')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamSittingView })
  async sitting(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AssessmentSittingDto,
  ): Promise<ExamSittingView> {
    const round = await this.assessments.round(user.tenantId, id);
    const candidates = await this.dataSource.getRepository(AssessmentCandidate).countBy({ roundId: id });
    if (candidates === 0)
      throw conflict('ASSESSMENT_ROUND.NO_CANDIDATES', { message: '대상자가 없는 회차입니다 / the round has no candidates' });
    return recordSitting(this.dataSource, this.publisher, {
      id: randomUUID(),
      tenantId: user.tenantId,
      subjectId: round.id,
      stage: 'assessment',
      heldOn: body.heldOn,
      venues: 1,
      candidates,
      cost: BigInt(body.cost),
      budgetLineCode: body.budgetLineCode ?? ASSESSMENT_BUDGET_LINE,
      recordedAt: new Date(),
    });
  }

  /** The signed-in official's own feedback reports. */
  @Get('assessment-feedback/mine')
  @ApiOkResponse({ type: [FeedbackReportView] })
  async myFeedback(@CurrentUser() user: AuthUser): Promise<FeedbackReportView[]> {
    const candidates = await this.dataSource
      .getRepository(AssessmentCandidate)
      .find({ where: { tenantId: user.tenantId, userId: user.userId } });
    return Promise.all(candidates.map((c) => this.feedback.build(c)));
  }

  /** A candidate's report: for the exam officer, or for the candidate themself. */
  @Get('assessment-candidates/:id/feedback')
  @ApiOkResponse({ type: FeedbackReportView })
  async candidateFeedback(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<FeedbackReportView> {
    const candidate = await this.assessments.candidate(user.tenantId, id);
    if (!isOfficer(user) && candidate.userId !== user.userId) throw candidateNotFound();
    return this.feedback.build(candidate);
  }
}
