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
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOfUser } from '../shared/actor';
import { BOOK_KEEPERS, READERS } from '../shared/roles';
import { BudgetBookQueries } from './budget-book.queries';
import { AddBudgetLineUseCase } from './usecases/add-budget-line/add-budget-line.usecase';
import { AmendBudgetUseCase } from './usecases/amend-budget/amend-budget.usecase';
import { ConfigureBookUseCase } from './usecases/configure-book/configure-book.usecase';
import { ConfigureLineUseCase } from './usecases/configure-line/configure-line.usecase';
import { OpenFiscalYearUseCase } from './usecases/open-fiscal-year/open-fiscal-year.usecase';
import { ReviseQuarterlyPlanUseCase } from './usecases/revise-quarterly-plan/revise-quarterly-plan.usecase';

/** 예산서: fiscal years' books, their lines, amendments, quarterly plans and booking rules. */
@ApiTags('budget-book')
@ApiBearerAuth()
@Controller('books')
export class BudgetBookController {
  constructor(
    private readonly queries: BudgetBookQueries,
    private readonly openFiscalYear: OpenFiscalYearUseCase,
    private readonly addBudgetLine: AddBudgetLineUseCase,
    private readonly amendBudget: AmendBudgetUseCase,
    private readonly reviseQuarterlyPlan: ReviseQuarterlyPlanUseCase,
    private readonly configureBookUseCase: ConfigureBookUseCase,
    private readonly configureLineUseCase: ConfigureLineUseCase,
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
    await this.configureBookUseCase.execute(user.tenantId, fiscalYear, body);
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
    await this.configureLineUseCase.execute(user.tenantId, fiscalYear, code, body);
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
