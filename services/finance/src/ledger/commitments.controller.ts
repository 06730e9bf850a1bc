import {
  BudgetLineParams,
  COHORT_VIEWERS,
  CohortCommitmentTotalView,
  CommitmentView,
  EntryReversalView,
  LedgerCorrectionDto,
  LedgerIdParams,
  RecordCommitmentDto,
  RecordPaymentDto,
  ReleaseCommitmentDto,
} from '@baeum/api';
import { AuthUser, CohortIdsQuery, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LEDGER_KEEPERS } from '../shared/roles';
import { commitmentsByCohort } from './ledger.queries';
import { BookHeldCommitmentUseCase } from './usecases/book-held-commitment/book-held-commitment.usecase';
import { RecordCommitmentUseCase } from './usecases/record-commitment/record-commitment.usecase';
import { RecordPaymentUseCase } from './usecases/record-payment/record-payment.usecase';
import { ReleaseCommitmentUseCase } from './usecases/release-commitment/release-commitment.usecase';
import { ReverseEntryUseCase } from './usecases/reverse-entry/reverse-entry.usecase';

@ApiTags('commitments')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff and agency admins (docs/security/role-matrix.md).
@Roles(...COHORT_VIEWERS)
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
  @ApiOkResponse({ type: [CohortCommitmentTotalView] })
  async byCohort(@CurrentUser() user: AuthUser, @Query() query: CohortIdsQuery): Promise<CohortCommitmentTotalView[]> {
    return commitmentsByCohort(this.dataSource.manager, user.tenantId, query.cohortIds);
  }

  @Post('books/:fiscalYear/lines/:code/commitments')
  @Roles(...LEDGER_KEEPERS)
  @ApiCreatedResponse({ type: CommitmentView })
  commit(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: RecordCommitmentDto,
  ): Promise<CommitmentView> {
    return this.recordCommitment.execute(user, fiscalYear, code, body);
  }

  @Post('commitments/:id/releases')
  @Roles(...LEDGER_KEEPERS)
  @ApiCreatedResponse({ type: CommitmentView })
  release(@CurrentUser() user: AuthUser, @Param() { id }: LedgerIdParams, @Body() body: ReleaseCommitmentDto): Promise<CommitmentView> {
    return this.releaseCommitment.execute(user, id, body);
  }

  @Post('commitments/:id/payments')
  @Roles(...LEDGER_KEEPERS)
  @ApiCreatedResponse({ type: CommitmentView })
  pay(@CurrentUser() user: AuthUser, @Param() { id }: LedgerIdParams, @Body() body: RecordPaymentDto): Promise<CommitmentView> {
    return this.recordPayment.execute(user, id, body);
  }

  /** Books a held commitment (보류 해제) once its line has room. */
  @Post('commitments/:id/book')
  @Roles(...LEDGER_KEEPERS)
  @ApiCreatedResponse({ type: CommitmentView })
  book(@CurrentUser() user: AuthUser, @Param() { id }: LedgerIdParams, @Body() body: LedgerCorrectionDto): Promise<CommitmentView> {
    return this.bookHeldCommitment.execute(user, id, body);
  }

  /** 정정: a reversing entry for a wrong one. */
  @Post('entries/:id/reversal')
  @Roles(...LEDGER_KEEPERS)
  @ApiCreatedResponse({ type: EntryReversalView })
  reverse(@CurrentUser() user: AuthUser, @Param() { id }: LedgerIdParams, @Body() body: LedgerCorrectionDto): Promise<EntryReversalView> {
    return this.reverseEntry.execute(user, id, body);
  }
}
