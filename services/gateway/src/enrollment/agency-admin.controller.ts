import { AgencyAdminUserView, AgencyAdminView, CreateAgencyDto, UpdateAgencyDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ServiceClients } from '../clients/service-clients';
import { DirectoryQueries } from '../identity/directory.queries';

/**
 * 기관 관리: the institute administrator's agencies, kept by enrollment (which records each change in
 * its audit log); the gateway adds each agency's admins, the users with role agency_admin it keeps.
 */
@ApiTags('agency')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/agencies')
export class AgencyAdminController {
  constructor(
    private readonly services: ServiceClients,
    private readonly directory: DirectoryQueries,
  ) {}

  private call<T>(authorization: string, path: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' = 'GET', body?: object): Promise<T> {
    return this.services.call<T>('enrollment', path, { authorization, method, body });
  }

  private path = (code: string) => `/admin/agencies/${encodeURIComponent(code)}`;

  /** Every agency with its kind, active flag, default quota, number of trainees and admins. */
  @Get()
  @ApiOkResponse({ type: [AgencyAdminView] })
  async list(@CurrentUser() user: AuthUser, @Headers('authorization') auth: string): Promise<AgencyAdminView[]> {
    const agencies = await this.call<AgencyAdminView[]>(auth, '/admin/agencies');
    const admins = await this.directory.activeAgencyAdmins(user.tenantId);
    const byAgency = new Map<string, AgencyAdminUserView[]>();
    for (const admin of admins) {
      if (!admin.agencyCode) continue;
      byAgency.set(admin.agencyCode, [...(byAgency.get(admin.agencyCode) ?? []), { id: admin.id, name: admin.name, email: admin.email }]);
    }
    return agencies.map((agency) => ({ ...agency, admins: byAgency.get(agency.code) ?? [] }));
  }

  @Post()
  @ApiCreatedResponse({ type: AgencyAdminView })
  create(@Headers('authorization') auth: string, @Body() body: CreateAgencyDto): Promise<AgencyAdminView> {
    return this.call(auth, '/admin/agencies', 'POST', body);
  }

  @Patch(':code')
  @ApiOkResponse({ type: AgencyAdminView })
  change(@Headers('authorization') auth: string, @Param('code') code: string, @Body() body: UpdateAgencyDto): Promise<AgencyAdminView> {
    return this.call(auth, this.path(code), 'PATCH', body);
  }

  /** An inactive agency's staff cannot apply, and it takes no quotas, until it is reactivated. */
  @Post(':code/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: AgencyAdminView })
  deactivate(@Headers('authorization') auth: string, @Param('code') code: string): Promise<AgencyAdminView> {
    return this.call(auth, `${this.path(code)}/deactivate`, 'POST');
  }

  @Post(':code/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: AgencyAdminView })
  reactivate(@Headers('authorization') auth: string, @Param('code') code: string): Promise<AgencyAdminView> {
    return this.call(auth, `${this.path(code)}/reactivate`, 'POST');
  }

  /** Only an agency without trainees; one with trainees is refused (409 AGENCY.HAS_TRAINEES). */
  @Delete(':code')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@Headers('authorization') auth: string, @Param('code') code: string): Promise<void> {
    await this.call(auth, this.path(code), 'DELETE');
  }
}
