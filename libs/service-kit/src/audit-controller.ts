import { Controller, Get, Query, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditEntryView, AuditLogQuery, readAudit } from './audit';
import { AuthUser, CurrentUser, Roles } from './auth';

/**
 * `GET /audit` of a service: its part of the audit log, for the institute's administrator only. The
 * gateway calls it on every service and merges the answers (`GET /api/admin/audit`). Each service
 * declares it in its own `audit` feature module.
 */
export function auditLogController(service: string, schema: string): Type<unknown> {
  @ApiTags('audit')
  @ApiBearerAuth()
  @Roles('admin')
  @Controller('audit')
  class AuditLogController {
    constructor(readonly dataSource: DataSource) {}

    @Get()
    @ApiOkResponse({ type: [AuditEntryView] })
    entries(@CurrentUser() user: AuthUser, @Query() query: AuditLogQuery): Promise<AuditEntryView[]> {
      return readAudit(this.dataSource.manager, schema, service, user.tenantId, query);
    }
  }
  return AuditLogController;
}
