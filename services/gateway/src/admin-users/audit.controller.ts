import { ApiEnrollmentSheetResponse, SheetFormatQuery } from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuditEntryView, AuditLogQuery, AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, HttpException, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, IntersectionType } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients, ServiceName } from '../clients/service-clients';
import { AdminUsersQueries } from './admin-users.queries';

/** The services whose administrative changes the log shows beside the gateway's own. */
export const AUDITED_SERVICES: ServiceName[] = ['curriculum', 'enrollment'];
const DEFAULT_LIMIT = 200;

export class AuditExportQuery extends IntersectionType(AuditLogQuery, SheetFormatQuery) {}

const seoulTime = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' });
const json = (value: Record<string, unknown> | null) => (value === null ? '' : JSON.stringify(value));

/** 감사 로그: the institute's administrative changes in every service, newest first. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/audit')
@Roles('admin')
export class AuditController {
  constructor(
    private readonly queries: AdminUsersQueries,
    private readonly services: ServiceClients,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AuditEntryView] })
  list(@CurrentUser() caller: AuthUser, @Req() req: Request, @Query() query: AuditLogQuery): Promise<AuditEntryView[]> {
    return this.merged(caller, req.headers.authorization, query);
  }

  @Get('export')
  @ApiEnrollmentSheetResponse('감사 로그 / the audit log (xlsx or csv)')
  async export(
    @CurrentUser() caller: AuthUser,
    @Req() req: Request,
    @Query() query: AuditExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const { format = 'xlsx', ...filters } = query;
    const entries = await this.merged(caller, req.headers.authorization, { ...filters, limit: filters.limit ?? 1000 });
    const rows = [
      [
        '일시 / At (KST)',
        '서비스 / Service',
        '사용자 / Actor',
        '역할 / Role',
        '작업 / Action',
        '대상 / Subject',
        '대상 ID / Subject id',
        '변경 전 / Before',
        '변경 후 / After',
      ],
      ...entries.map((e) => [
        seoulTime(e.at),
        e.service,
        e.actorName,
        e.actorRole,
        e.action,
        e.subjectType,
        e.subjectId,
        json(e.before),
        json(e.after),
      ]),
    ];
    const name = `감사로그_${new Date().toISOString().slice(0, 10)}`;
    if (format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    else sendFile(res, await toXlsx([{ name: '감사 로그', rows, widths: [20, 12, 14, 14, 22, 10, 38, 50, 50] }]), `${name}.xlsx`, 'xlsx');
  }

  /**
   * The gateway's entries and each audited service's, merged newest first. A service that does not
   * answer fails the page (503 from the client) rather than leave its entries silently out (ADR 0013).
   */
  private async merged(caller: AuthUser, authorization: string | undefined, query: AuditLogQuery): Promise<AuditEntryView[]> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const lists = await Promise.all([
      this.queries.audit(caller.tenantId, { ...query, limit }),
      ...AUDITED_SERVICES.map((service) =>
        this.services.call<AuditEntryView[]>(service, '/audit', { authorization, query: { ...query, limit } }),
      ),
    ]);
    return lists
      .flat()
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, limit);
  }
}
