import {
  AddBudgetLineDto,
  AmendBudgetDto,
  BudgetBookParams,
  BudgetBookView,
  BudgetBookYearView,
  BudgetLineDetailView,
  BudgetLineParams,
  ConfigureBookDto,
  ConfigureLineDto,
  OpenFiscalYearDto,
  ReviseQuarterlyPlanDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { actorOfUser } from '../ledger/ledger';
import { BOOK_KEEPERS, READERS } from '../roles';
import { findBook, findLine } from './book-lookup';
import { BudgetBookQueries } from './budget-book.queries';
import { BudgetLine } from './entities/budget-line.entity';
import { FiscalYear } from './entities/fiscal-year.entity';
import { AddBudgetLineUseCase } from './usecases/add-budget-line/add-budget-line.usecase';
import { AmendBudgetUseCase } from './usecases/amend-budget/amend-budget.usecase';
import { OpenFiscalYearUseCase } from './usecases/open-fiscal-year/open-fiscal-year.usecase';
import { ReviseQuarterlyPlanUseCase } from './usecases/revise-quarterly-plan/revise-quarterly-plan.usecase';

/** 예산서: fiscal years' books, their lines, amendments, quarterly plans and booking rules. */
@ApiTags('budget-book')
@ApiBearerAuth()
@Controller('books')
export class BudgetBookController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: BudgetBookQueries,
    private readonly openFiscalYear: OpenFiscalYearUseCase,
    private readonly addBudgetLine: AddBudgetLineUseCase,
    private readonly amendBudget: AmendBudgetUseCase,
    private readonly reviseQuarterlyPlan: ReviseQuarterlyPlanUseCase,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: [BudgetBookYearView] })
  years(@CurrentUser() user: AuthUser): Promise<BudgetBookYearView[]> {
    return this.queries.years(user.tenantId);
  }

  @Post()
  @Roles(...BOOK_KEEPERS)
  @ApiCreatedResponse({ type: BudgetBookView })
  async open(@CurrentUser() user: AuthUser, @Body() body: OpenFiscalYearDto): Promise<BudgetBookView> {
    await this.openFiscalYear.execute(user.tenantId, actorOfUser(user), body);
    return this.queries.book(user.tenantId, body.fiscalYear);
  }

  @Get(':fiscalYear')
  @Roles(...READERS)
  @ApiOkResponse({ type: BudgetBookView })
  book(@CurrentUser() user: AuthUser, @Param() { fiscalYear }: BudgetBookParams): Promise<BudgetBookView> {
    return this.queries.book(user.tenantId, fiscalYear);
  }

  /** The year's booking rules: which lines meals and exam fees go to, and a trainee-day's meal cost. */
  @Patch(':fiscalYear')
  @Roles(...BOOK_KEEPERS)
  @ApiOkResponse({ type: BudgetBookView })
  async configureBook(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear }: BudgetBookParams,
    @Body() body: ConfigureBookDto,
  ): Promise<BudgetBookView> {
    await this.dataSource.transaction(async (tx) => {
      await findBook(tx, user.tenantId, fiscalYear);
      const lineOfKind = async (field: string, code: string | null | undefined, kind: BudgetLine['kind']) => {
        if (!code) return;
        const line = await tx.findOne(BudgetLine, { where: { tenantId: user.tenantId, fiscalYear, code } });
        if (line?.kind !== kind) {
          throw invalidInput([
            fieldError(
              field,
              'BUDGET_LINE.WRONG_KIND',
              { code, kind, fiscalYear },
              `${field}: 이 연도의 ${kind === 'revenue' ? '세입' : '세출'} 사업이 아닙니다 / not a ${kind} line of this year`,
            ),
          ]);
        }
      };
      await lineOfKind('mealLineCode', body.mealLineCode, 'expenditure');
      await lineOfKind('feeRevenueLineCode', body.feeRevenueLineCode, 'revenue');
      const changes: Partial<FiscalYear> = {};
      if (body.mealLineCode !== undefined) changes.mealLineCode = body.mealLineCode;
      if (body.mealCostPerDay !== undefined) changes.mealCostPerDay = body.mealCostPerDay === null ? null : BigInt(body.mealCostPerDay);
      if (body.feeRevenueLineCode !== undefined) changes.feeRevenueLineCode = body.feeRevenueLineCode;
      if (Object.keys(changes).length > 0) await tx.update(FiscalYear, { tenantId: user.tenantId, fiscalYear }, changes);
    });
    return this.queries.book(user.tenantId, fiscalYear);
  }

  @Post(':fiscalYear/lines')
  @Roles(...BOOK_KEEPERS)
  @ApiCreatedResponse({ type: BudgetLineDetailView })
  async addLine(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear }: BudgetBookParams,
    @Body() body: AddBudgetLineDto,
  ): Promise<BudgetLineDetailView> {
    await this.addBudgetLine.execute(user.tenantId, actorOfUser(user), fiscalYear, body);
    return this.queries.line(user.tenantId, fiscalYear, body.code);
  }

  @Get(':fiscalYear/lines/:code')
  @Roles(...READERS)
  @ApiOkResponse({ type: BudgetLineDetailView })
  line(@CurrentUser() user: AuthUser, @Param() { fiscalYear, code }: BudgetLineParams): Promise<BudgetLineDetailView> {
    return this.queries.line(user.tenantId, fiscalYear, code);
  }

  /** Budget control (stop, warn, ignore) and the officer told at its thresholds. */
  @Patch(':fiscalYear/lines/:code')
  @Roles(...BOOK_KEEPERS)
  @ApiOkResponse({ type: BudgetLineDetailView })
  async configureLine(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: ConfigureLineDto,
  ): Promise<BudgetLineDetailView> {
    await this.dataSource.transaction(async (tx) => {
      const line = await findLine(tx, user.tenantId, fiscalYear, code, true);
      const changes: Partial<BudgetLine> = {};
      if (body.control !== undefined) changes.control = body.control;
      if (body.officerUserId !== undefined) changes.officerUserId = body.officerUserId;
      if (Object.keys(changes).length > 0) await tx.update(BudgetLine, { id: line.id }, changes);
    });
    return this.queries.line(user.tenantId, fiscalYear, code);
  }

  @Post(':fiscalYear/lines/:code/amendments')
  @Roles(...BOOK_KEEPERS)
  @ApiCreatedResponse({ type: BudgetLineDetailView })
  async amend(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: AmendBudgetDto,
  ): Promise<BudgetLineDetailView> {
    await this.amendBudget.execute(user.tenantId, actorOfUser(user), fiscalYear, code, body);
    return this.queries.line(user.tenantId, fiscalYear, code);
  }

  @Put(':fiscalYear/lines/:code/plan')
  @Roles(...BOOK_KEEPERS)
  @ApiOkResponse({ type: BudgetLineDetailView })
  async revisePlan(
    @CurrentUser() user: AuthUser,
    @Param() { fiscalYear, code }: BudgetLineParams,
    @Body() body: ReviseQuarterlyPlanDto,
  ): Promise<BudgetLineDetailView> {
    await this.reviseQuarterlyPlan.execute(user.tenantId, actorOfUser(user), fiscalYear, code, body);
    return this.queries.line(user.tenantId, fiscalYear, code);
  }
}
