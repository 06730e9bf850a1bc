import { AuthUser, CurrentUser, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { ServiceClients } from '../clients/service-clients';
import { User } from '../identity/user.entity';

const tokenOf = (authorization: string) => authorization.slice('Bearer '.length);
/** Only these query parameters travel on to finance. */
const pick = (query: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.filter((n) => typeof query[n] === 'string').map((n) => [n, query[n] as string]));
const REPORT_QUERY = ['fiscalYear', 'asOf', 'format', 'table'];
/** Who may be a line's officer: those who keep the books. */
const OFFICER_ROLES = ['finance_officer', 'planner', 'admin'] as const;

interface LineDetail {
  line: { officerUserId: string | null };
}

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
    private readonly dataSource: DataSource,
  ) {}

  private finance<T>(authorization: string, path: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' = 'GET', body?: unknown, query?: Record<string, string>) {
    return this.services.call<T>('finance', path, { token: tokenOf(authorization), method, body, query });
  }

  @Get('books')
  years(@Headers('authorization') auth: string) {
    return this.finance(auth, '/books');
  }

  @Post('books')
  open(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, '/books', 'POST', body);
  }

  @Get('books/:fiscalYear')
  book(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}`);
  }

  @Patch('books/:fiscalYear')
  configureBook(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}`, 'PATCH', body);
  }

  @Post('books/:fiscalYear/lines')
  addLine(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}/lines`, 'POST', body);
  }

  /** A line's detail, with its officer's name. */
  @Get('books/:fiscalYear/lines/:code')
  async line(@CurrentUser() user: AuthUser, @Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Param('code') code: string) {
    return this.withOfficer(user, await this.finance<LineDetail>(auth, `/books/${encodeURIComponent(fiscalYear)}/lines/${encodeURIComponent(code)}`));
  }

  /** A line's control and officer; the officer must be one of the institute's book keepers. */
  @Patch('books/:fiscalYear/lines/:code')
  async configureLine(@CurrentUser() user: AuthUser, @Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Param('code') code: string, @Body() body: Record<string, unknown>) {
    const officerUserId = body?.officerUserId;
    if (typeof officerUserId === 'string' && /^[0-9a-f-]{36}$/i.test(officerUserId)) {
      const officer = await this.dataSource.getRepository(User).findOne({ where: { id: officerUserId, tenantId: user.tenantId, role: In([...OFFICER_ROLES]) } });
      if (!officer) throw invalidInput([{ field: 'officerUserId', messages: ['officerUserId: 이 기관의 재무·기획 담당자가 아닙니다 / officerUserId is not a finance officer, planner or administrator of this institute'] }]);
    }
    return this.withOfficer(user, await this.finance<LineDetail>(auth, `/books/${encodeURIComponent(fiscalYear)}/lines/${encodeURIComponent(code)}`, 'PATCH', body));
  }

  @Post('books/:fiscalYear/lines/:code/amendments')
  amend(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Param('code') code: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}/lines/${encodeURIComponent(code)}/amendments`, 'POST', body);
  }

  @Put('books/:fiscalYear/lines/:code/plan')
  revisePlan(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Param('code') code: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}/lines/${encodeURIComponent(code)}/plan`, 'PUT', body);
  }

  @Post('books/:fiscalYear/lines/:code/commitments')
  commit(@Headers('authorization') auth: string, @Param('fiscalYear') fiscalYear: string, @Param('code') code: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/books/${encodeURIComponent(fiscalYear)}/lines/${encodeURIComponent(code)}/commitments`, 'POST', body);
  }

  @Post('commitments/:id/:action')
  commitmentAction(@Headers('authorization') auth: string, @Param('id') id: string, @Param('action') action: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/commitments/${encodeURIComponent(id)}/${encodeURIComponent(action)}`, 'POST', body);
  }

  @Post('entries/:id/reversal')
  reverse(@Headers('authorization') auth: string, @Param('id') id: string, @Body() body: Record<string, unknown>) {
    return this.finance(auth, `/entries/${encodeURIComponent(id)}/reversal`, 'POST', body);
  }

  @Get('notifications')
  notifications(@Headers('authorization') auth: string) {
    return this.finance(auth, '/notifications');
  }

  @Get('reports/execution')
  report(@Headers('authorization') auth: string, @Query() query: Record<string, unknown>) {
    return this.finance(auth, '/reports/execution', 'GET', undefined, pick(query, REPORT_QUERY));
  }

  /** The report as .xlsx (every table) or CSV with a BOM (one table), passed through as finance makes it. */
  @Get('reports/execution/export')
  async export(@Headers('authorization') auth: string, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.services.download('finance', '/reports/execution/export', { token: tokenOf(auth), query: pick(query, REPORT_QUERY), timeoutMs: 30_000 }, res);
  }

  /** The people who may be named a line's officer. */
  @Get('officers')
  @Roles('admin', 'planner', 'finance_officer')
  async officers(@CurrentUser() user: AuthUser) {
    const users = await this.dataSource.getRepository(User).find({ where: { tenantId: user.tenantId, role: In([...OFFICER_ROLES]) }, order: { name: 'ASC' } });
    return users.map((u) => ({ id: u.id, name: u.name, role: u.role }));
  }

  private async withOfficer<T extends LineDetail>(user: AuthUser, detail: T) {
    const id = detail.line.officerUserId;
    const officer = id ? await this.dataSource.getRepository(User).findOne({ where: { id, tenantId: user.tenantId } }) : null;
    return { ...detail, officerName: officer?.name ?? null };
  }
}
