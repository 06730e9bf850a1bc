import { AuthUser, CohortIdsQuery, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LineParams } from '../budget-book/dto/budget-book.dto';
import { LEDGER_KEEPERS } from '../roles';
import { IdParam } from '../validation';
import { CorrectionDto, RecordCommitmentDto, RecordPaymentDto, ReleaseCommitmentDto } from './dto/ledger.dto';
import { BookHeldCommitmentUseCase } from './usecases/book-held-commitment/book-held-commitment.usecase';
import { RecordCommitmentUseCase } from './usecases/record-commitment/record-commitment.usecase';
import { RecordPaymentUseCase } from './usecases/record-payment/record-payment.usecase';
import { ReleaseCommitmentUseCase } from './usecases/release-commitment/release-commitment.usecase';
import { ReverseEntryUseCase } from './usecases/reverse-entry/reverse-entry.usecase';

@ApiTags('commitments')
@ApiBearerAuth()
@Controller()
export class CommitmentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recordCommitment: RecordCommitmentUseCase,
    private readonly releaseCommitment: ReleaseCommitmentUseCase,
    private readonly recordPayment: RecordPaymentUseCase,
    private readonly bookHeldCommitment: BookHeldCommitmentUseCase,
    private readonly reverseEntry: ReverseEntryUseCase,
  ) {}

  /** Amount committed for each cohort's estimated cost; a cohort finance has not seen yet is absent. */
  @Get('commitments/by-cohort')
  async byCohort(@CurrentUser() user: AuthUser, @Query() query: CohortIdsQuery) {
    const rows: { cohort_id: string; amount: string; count: number }[] = await this.dataSource.query(
      `SELECT cohort_id, sum(committed)::text AS amount, count(*) FILTER (WHERE status = 'booked')::int AS count
         FROM finance.commitment WHERE tenant_id = $1 AND cause = 'cohort' AND cohort_id = ANY($2::uuid[]) GROUP BY cohort_id`,
      [user.tenantId, query.cohortIds],
    );
    return rows.map((r) => ({ cohortId: r.cohort_id, amount: r.amount, commitments: r.count }));
  }

  @Post('books/:fiscalYear/lines/:code/commitments')
  @Roles(...LEDGER_KEEPERS)
  commit(@CurrentUser() user: AuthUser, @Param() { fiscalYear, code }: LineParams, @Body() body: RecordCommitmentDto) {
    return this.recordCommitment.execute(user, fiscalYear, code, body);
  }

  @Post('commitments/:id/releases')
  @Roles(...LEDGER_KEEPERS)
  release(@CurrentUser() user: AuthUser, @Param() { id }: IdParam, @Body() body: ReleaseCommitmentDto) {
    return this.releaseCommitment.execute(user, id, body);
  }

  @Post('commitments/:id/payments')
  @Roles(...LEDGER_KEEPERS)
  pay(@CurrentUser() user: AuthUser, @Param() { id }: IdParam, @Body() body: RecordPaymentDto) {
    return this.recordPayment.execute(user, id, body);
  }

  /** Books a held commitment (보류 해제) once its line has room. */
  @Post('commitments/:id/book')
  @Roles(...LEDGER_KEEPERS)
  book(@CurrentUser() user: AuthUser, @Param() { id }: IdParam, @Body() body: CorrectionDto) {
    return this.bookHeldCommitment.execute(user, id, body);
  }

  /** 정정: a reversing entry for a wrong one. */
  @Post('entries/:id/reversal')
  @Roles(...LEDGER_KEEPERS)
  reverse(@CurrentUser() user: AuthUser, @Param() { id }: IdParam, @Body() body: CorrectionDto) {
    return this.reverseEntry.execute(user, id, body);
  }
}
