import {
  AddBudgetLineDto,
  AmendBudgetDto,
  BudgetBookParams,
  BudgetBookView,
  BudgetBookYearView,
  BudgetLineDetailView,
  BudgetLineDetailWithOfficerView,
  BudgetLineParams,
  BudgetOfficerView,
  CommitmentView,
  ConfigureBookDto,
  ConfigureLineDto,
  EntryReversalView,
  ExecutionExportQuery,
  ExecutionReportQuery,
  ExecutionReportView,
  ProgrammePlanReportView,
  LedgerCorrectionDto,
  LedgerIdParams,
  OpenFiscalYearDto,
  RecordCommitmentDto,
  RecordPaymentDto,
  ReleaseCommitmentDto,
  ReviseQuarterlyPlanDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { DirectoryQueries } from '../identity/directory.queries';

/** Who may be a line's officer: those who keep the books. */
const OFFICER_ROLES = ['finance_officer', 'planner', 'admin'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BINARY = { type: 'string', format: 'binary' } as const;

const bookPath = (fiscalYear: number) => `/books/${encodeURIComponent(String(fiscalYear))}`;
const linePath = (fiscalYear: number, code: string) => `${bookPath(fiscalYear)}/lines/${encodeURIComponent(code)}`;

/**
 * The finance pages' API: the budget book, a line's detail, the quarterly plan, commitments and
 * corrections, notifications and the execution report with its downloads. Finance checks roles
 * and tenancy itself; the gateway adds what only it knows (users' names).
 */
@ApiTags('finance')
@ApiBearerAuth()
@Controller('api/finance')
export class FinanceController {
  constructor(
    private readonly services: ServiceClients,
    private readonly directory: DirectoryQueries,
  ) {}

  private finance<T>(
    authorization: string,
    path: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' = 'GET',
    body?: unknown,
    query?: object,
  ): Promise<T> {
    return this.services.call<T>('finance', path, { authorization, method, body, query });
  }

  @Get('books')
  @ApiOkResponse({ type: [BudgetBookYearView] })
  years(@Headers('authorization') auth: string): Promise<BudgetBookYearView[]> {
    return this.finance(auth, '/books');
  }

  @Post('books')
  @ApiCreatedResponse({ type: BudgetBookView })
  @Roles('admin', 'planner', 'finance_officer')
  open(@Headers('authorization') auth: string, @Body() body: OpenFiscalYearDto): Promise<BudgetBookView> {
    return this.finance(auth, '/books', 'POST', body);
  }

  @Get('books/:fiscalYear')
  @ApiOkResponse({ type: BudgetBookView })
  book(@Headers('authorization') auth: string, @Param() { fiscalYear }: BudgetBookParams): Promise<BudgetBookView> {
    return this.finance(auth, bookPath(fiscalYear));
  }

  @Patch('books/:fiscalYear')
  @ApiOkResponse({ type: BudgetBookView })
  @Roles('admin', 'planner', 'finance_officer')
  configureBook(
    @Headers('authorization') auth: string,
    @Param() { fiscalYear }: BudgetBookParams,
    @Body() body: ConfigureBookDto,
  ): Promise<BudgetBookView> {
    return this.finance(auth, bookPath(fiscalYear), 'PATCH', body);
  }

  @Post('books/:fiscalYear/lines')
  @ApiCreatedResponse({ type: BudgetLineDetailView })
  @Roles('admin', 'planner', 'finance_officer')
  addLine(
    @Headers('authorization') auth: string,
    @Param() { fiscalYear }: BudgetBookParams,
    @Body() body: AddBudgetLineDto,
  ): Promise<BudgetLineDetailView> {
    return this.finance(auth, `${bookPath(fiscalYear)}/lines`, 'POST', body);
  }

  /** A line's detail, with its officer's name. */
  @Get('books/:fiscalYear/lines/:code')
  @ApiOkResponse({ type: BudgetLineDetailWithOfficerView })
  async line(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') auth: string,
    @Param() { fiscalYear, code }: BudgetLineParams,
  ): Promise<BudgetLineDetailWithOfficerView> {
    return this.withOfficer(user, await this.finance<BudgetLineDetailView>(auth, linePath(fiscalYear, code)));
  }

  /** A line's control and officer; the officer must be one of the institute's book keepers. */
  @Patch('books/:fiscalYear/lines/:code')
  @ApiOkResponse({ type: BudgetLineDetailWithOfficerView })
  @Roles('admin', 'planner', 'finance_officer')
  async configureLine(
    @CurrentUser() user: AuthUser,
    @Headers('authorization') auth: string,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: ConfigureLineDto,
  ): Promise<BudgetLineDetailWithOfficerView> {
    const officerUserId = body?.officerUserId;
    if (typeof officerUserId === 'string' && /^[0-9a-f-]{36}$/i.test(officerUserId)) {
      const officer = await this.directory.userOfTenant(user.tenantId, officerUserId, OFFICER_ROLES);
      if (!officer) {
        throw invalidInput([
          fieldError(
            'officerUserId',
            'BUDGET_LINE.OFFICER_NOT_ELIGIBLE',
            undefined,
            'officerUserId: 이 기관의 재무·기획 담당자가 아닙니다 / officerUserId is not a finance officer, planner or administrator of this institute',
          ),
        ]);
      }
    }
    return this.withOfficer(user, await this.finance<BudgetLineDetailView>(auth, linePath(fiscalYear, code), 'PATCH', body));
  }

  @Post('books/:fiscalYear/lines/:code/amendments')
  @ApiCreatedResponse({ type: BudgetLineDetailView })
  @Roles('admin', 'planner', 'finance_officer')
  amend(
    @Headers('authorization') auth: string,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: AmendBudgetDto,
  ): Promise<BudgetLineDetailView> {
    return this.finance(auth, `${linePath(fiscalYear, code)}/amendments`, 'POST', body);
  }

  @Put('books/:fiscalYear/lines/:code/plan')
  @ApiOkResponse({ type: BudgetLineDetailView })
  @Roles('admin', 'planner', 'finance_officer')
  revisePlan(
    @Headers('authorization') auth: string,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: ReviseQuarterlyPlanDto,
  ): Promise<BudgetLineDetailView> {
    return this.finance(auth, `${linePath(fiscalYear, code)}/plan`, 'PUT', body);
  }

  @Post('books/:fiscalYear/lines/:code/commitments')
  @ApiCreatedResponse({ type: CommitmentView })
  @Roles('admin', 'finance_officer')
  commit(
    @Headers('authorization') auth: string,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: RecordCommitmentDto,
  ): Promise<CommitmentView> {
    return this.finance(auth, `${linePath(fiscalYear, code)}/commitments`, 'POST', body);
  }

  /** 원인행위 해제: part or all of what a commitment holds beyond what is paid. */
  @Post('commitments/:id/releases')
  @ApiCreatedResponse({ type: CommitmentView })
  @Roles('admin', 'finance_officer')
  release(
    @Headers('authorization') auth: string,
    @Param() { id }: LedgerIdParams,
    @Body() body: ReleaseCommitmentDto,
  ): Promise<CommitmentView> {
    return this.finance(auth, `/commitments/${encodeURIComponent(id)}/releases`, 'POST', body);
  }

  /** 지출: a payment against a commitment. */
  @Post('commitments/:id/payments')
  @ApiCreatedResponse({ type: CommitmentView })
  @Roles('admin', 'finance_officer')
  pay(@Headers('authorization') auth: string, @Param() { id }: LedgerIdParams, @Body() body: RecordPaymentDto): Promise<CommitmentView> {
    return this.finance(auth, `/commitments/${encodeURIComponent(id)}/payments`, 'POST', body);
  }

  /** Books a held commitment (보류 해제) once its line has room. */
  @Post('commitments/:id/book')
  @ApiCreatedResponse({ type: CommitmentView })
  @Roles('admin', 'finance_officer')
  bookHeld(
    @Headers('authorization') auth: string,
    @Param() { id }: LedgerIdParams,
    @Body() body: LedgerCorrectionDto,
  ): Promise<CommitmentView> {
    return this.finance(auth, `/commitments/${encodeURIComponent(id)}/book`, 'POST', body);
  }

  /** 정정: a reversing entry for a wrong one. */
  @Post('entries/:id/reversal')
  @ApiCreatedResponse({ type: EntryReversalView })
  @Roles('admin', 'finance_officer')
  reverse(
    @Headers('authorization') auth: string,
    @Param() { id }: LedgerIdParams,
    @Body() body: LedgerCorrectionDto,
  ): Promise<EntryReversalView> {
    return this.finance(auth, `/entries/${encodeURIComponent(id)}/reversal`, 'POST', body);
  }

  @Get('reports/execution')
  @ApiOkResponse({ type: ExecutionReportView })
  @Roles('admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer')
  report(@Headers('authorization') auth: string, @Query() query: ExecutionReportQuery): Promise<ExecutionReportView> {
    return this.finance(auth, '/reports/execution', 'GET', undefined, query);
  }

  /** 사업별 분기 계획: 2-7's international training on its fund and 3-3's facility projects, per quarter beside what was booked. */
  @Get('reports/programme-plans')
  @ApiOkResponse({ type: ProgrammePlanReportView })
  @Roles('admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer')
  programmePlans(@Headers('authorization') auth: string, @Query() query: ExecutionReportQuery): Promise<ProgrammePlanReportView> {
    return this.finance(auth, '/reports/programme-plans', 'GET', undefined, query);
  }

  /** The report as .xlsx (every table) or CSV with a BOM (one table), passed through as finance makes it. */
  @Get('reports/execution/export')
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse({
    description: '.xlsx or CSV (UTF-8 with BOM), as an attachment',
    content: { [XLSX]: { schema: BINARY }, 'text/csv': { schema: BINARY } },
  })
  @Roles('admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer')
  async export(@Headers('authorization') auth: string, @Query() query: ExecutionExportQuery, @Res() res: Response): Promise<void> {
    await this.services.download('finance', '/reports/execution/export', { authorization: auth, query, timeoutMs: 30_000 }, res);
  }

  /** The people who may be named a line's officer. */
  @Get('officers')
  @Roles('admin', 'planner', 'finance_officer')
  @ApiOkResponse({ type: [BudgetOfficerView] })
  async officers(@CurrentUser() user: AuthUser): Promise<BudgetOfficerView[]> {
    const users = await this.directory.usersWithRoles(user.tenantId, OFFICER_ROLES);
    return users.map((u) => ({ id: u.id, name: u.name, role: u.role }));
  }

  private async withOfficer(user: AuthUser, detail: BudgetLineDetailView): Promise<BudgetLineDetailWithOfficerView> {
    const id = detail.line.officerUserId;
    const officer = id ? await this.directory.userOfTenant(user.tenantId, id) : null;
    return { ...detail, officerName: officer?.name ?? null };
  }
}
