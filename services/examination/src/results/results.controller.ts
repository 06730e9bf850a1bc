import { ExamSittingView, PublicationDto, ResultLookupView, ResultPublicationView, SittingDto } from '@baeum/api';
import { SittingHeldV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, CurrentUser, isUniqueViolation, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../exams/exam-queries';
import { OFFICER_ROLES } from '../shared/roles';
import { Publication } from './publication.entity';
import { ResultLookupService } from './result-lookup';
import { Sitting } from './sitting.entity';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly lookups: ResultLookupService,
    private readonly publisher: EventPublisher,
  ) {}

  @Get('results/:examId')
  @Roles('applicant')
  @ApiOkResponse({ type: ResultLookupView })
  lookup(@CurrentUser() user: AuthUser, @Param('examId', new ParseUUIDPipe()) examId: string): Promise<ResultLookupView> {
    return this.lookups.lookup(user, examId);
  }

  @Get('exams/:id/publications')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [ResultPublicationView] })
  async publications(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ResultPublicationView[]> {
    await this.exams.exam(user.tenantId, id);
    return (await this.dataSource.getRepository(Publication).find({ where: { examId: id, tenantId: user.tenantId } })).map(
      toPublicationView,
    );
  }

  /**
   * 합격자 발표 예약: the stage's results, once decided for every candidate, become visible at
   * `publishAt`. The instant can move until it has passed; then the results are final.
   */
  @Post('exams/:id/publications')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ResultPublicationView })
  async publish(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PublicationDto,
  ): Promise<ResultPublicationView> {
    const publication = await this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, id, tx, true);
      const column = body.stage === 'written' ? 'written_result' : 'final_result';
      if (body.stage === 'written' && exam.kind !== 'open')
        throw conflict('PUBLICATION.NO_WRITTEN_STAGE', {
          field: 'stage',
          message: '필기 합격자 발표는 공개경쟁 시험에만 있습니다 / only open exams have written results',
        });
      const [counts] = await tx.query(
        `SELECT count(*) FILTER (WHERE ${column} IS NULL)::int AS undecided, count(*) FILTER (WHERE ${column} = 'pass')::int AS passed, count(*)::int AS candidates
           FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
        [id],
      );
      if (counts.candidates === 0 || counts.undecided > 0)
        throw conflict('PUBLICATION.RESULTS_UNDECIDED', {
          params: { stage: body.stage, undecided: counts.undecided },
          message: '아직 결과가 정해지지 않은 응시자가 있습니다 / some candidates have no result yet',
        });
      const existing = await tx.findOne(Publication, { where: { examId: id, stage: body.stage } });
      if (existing && existing.publishAt <= new Date())
        throw conflict('PUBLICATION.ALREADY_PUBLISHED', {
          params: { stage: body.stage },
          message: '이미 발표된 결과입니다 / these results are already published',
        });
      const [{ positions }] = await tx.query(`SELECT count(*)::int AS positions FROM examination.position WHERE exam_id = $1`, [id]);
      const publication: Publication = {
        examId: id,
        stage: body.stage,
        tenantId: user.tenantId,
        publishAt: new Date(body.publishAt),
        positions,
        passed: counts.passed,
        announcedAt: null,
      };
      await tx.save(Publication, publication);
      return publication;
    });
    await this.lookups.refreshInstants(id);
    return toPublicationView(publication);
  }

  /** 시험 시행 기록: finance books the sitting's cost against the budget line from the event. */
  @Post('exams/:id/sittings')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamSittingView })
  async sitting(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SittingDto,
  ): Promise<ExamSittingView> {
    const exam = await this.exams.exam(user.tenantId, id);
    const [{ venues, candidates }] =
      body.stage === 'written'
        ? await this.dataSource.query(
            `SELECT count(DISTINCT r.venue_id)::int AS venues, count(a.id)::int AS candidates FROM examination.application a JOIN examination.venue_room r ON r.id = a.room_id WHERE a.exam_id = $1`,
            [id],
          )
        : await this.dataSource.query(
            `SELECT count(DISTINCT s.held_on || s.room)::int AS venues, count(a.id)::int AS candidates FROM examination.application a JOIN examination.interview_session s ON s.id = a.interview_session_id WHERE a.exam_id = $1`,
            [id],
          );
    if (candidates === 0) {
      throw body.stage === 'written'
        ? conflict('EXAM_SITTING.NOT_SEATED', { message: '좌석을 배정한 뒤에 기록하세요 / seat the candidates first' })
        : conflict('EXAM_SITTING.NOT_SCHEDULED', { message: '면접 일정을 정한 뒤에 기록하세요 / schedule the interviews first' });
    }
    const sitting: Sitting = {
      id: randomUUID(),
      tenantId: user.tenantId,
      subjectId: id,
      stage: body.stage,
      heldOn: body.heldOn,
      venues,
      candidates,
      cost: BigInt(body.cost),
      budgetLineCode: body.budgetLineCode ?? exam.budgetLineCode,
      recordedAt: new Date(),
    };
    return recordSitting(this.dataSource, this.publisher, sitting);
  }
}

const toPublicationView = (p: Publication): ResultPublicationView => ({
  ...p,
  publishAt: p.publishAt.toISOString(),
  announcedAt: p.announcedAt?.toISOString() ?? null,
});

/** Stores a sitting and its event together; a stage is held once. */
export async function recordSitting(dataSource: DataSource, publisher: EventPublisher, sitting: Sitting): Promise<ExamSittingView> {
  try {
    return await dataSource.transaction(async (tx) => {
      await tx.insert(Sitting, sitting);
      await publisher.publish(tx, SittingHeldV1, sitting.tenantId, {
        sittingId: sitting.id,
        examId: sitting.subjectId,
        stage: sitting.stage,
        heldOn: sitting.heldOn,
        venues: sitting.venues,
        candidates: sitting.candidates,
        cost: sitting.cost.toString(),
        budgetLineCode: sitting.budgetLineCode,
      });
      return { ...sitting, cost: sitting.cost.toString(), recordedAt: sitting.recordedAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('EXAM_SITTING.ALREADY_RECORDED', {
        params: { stage: sitting.stage },
        message: '이미 기록된 시행입니다 / this sitting is already recorded',
      });
    throw error;
  }
}
