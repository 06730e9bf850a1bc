import { AgencyView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { agenciesOf } from './agencies.queries';

/** The tenant's agencies; an agency admin's applications, quotas and nominations are in applications/agency-applications.controller.ts. */
@ApiTags('agency')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class AgencyController {
  constructor(private readonly dataSource: DataSource) {}

  /** The tenant's agencies (names for codes); everyone signed in may read them. */
  @Get('agencies')
  @ApiOkResponse({ type: [AgencyView] })
  agencies(@CurrentUser() user: AuthUser): Promise<AgencyView[]> {
    return agenciesOf(this.dataSource.manager, user.tenantId);
  }
}
