import { AgencyAdminView, CreateAgencyDto, UpdateAgencyDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { agenciesForAdmin } from './agencies.queries';
import { ChangeAgencyUseCase } from './usecases/change-agency/change-agency.usecase';
import { CreateAgencyUseCase } from './usecases/create-agency/create-agency.usecase';
import { DeleteAgencyUseCase } from './usecases/delete-agency/delete-agency.usecase';
import { SetAgencyActiveUseCase } from './usecases/set-agency-active/set-agency-active.usecase';

/** 기관 관리: the institute administrator's agencies; each change is recorded in the audit log with it. */
@ApiTags('agency')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/agencies')
export class AgencyAdminController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createAgency: CreateAgencyUseCase,
    private readonly changeAgency: ChangeAgencyUseCase,
    private readonly setAgencyActive: SetAgencyActiveUseCase,
    private readonly deleteAgency: DeleteAgencyUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AgencyAdminView] })
  list(@CurrentUser() user: AuthUser): Promise<AgencyAdminView[]> {
    return agenciesForAdmin(this.dataSource.manager, user.tenantId);
  }

  @Post()
  @ApiCreatedResponse({ type: AgencyAdminView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateAgencyDto): Promise<AgencyAdminView> {
    return this.createAgency.execute(user, body);
  }

  @Patch(':code')
  @ApiOkResponse({ type: AgencyAdminView })
  change(@CurrentUser() user: AuthUser, @Param('code') code: string, @Body() body: UpdateAgencyDto): Promise<AgencyAdminView> {
    return this.changeAgency.execute(user, code, body);
  }

  @Post(':code/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: AgencyAdminView })
  deactivate(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<AgencyAdminView> {
    return this.setAgencyActive.execute(user, code, false);
  }

  @Post(':code/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: AgencyAdminView })
  reactivate(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<AgencyAdminView> {
    return this.setAgencyActive.execute(user, code, true);
  }

  /** Only an agency without trainees; one with trainees is refused (409 AGENCY.HAS_TRAINEES) and deactivated instead. */
  @Delete(':code')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param('code') code: string): Promise<void> {
    return this.deleteAgency.execute(user, code);
  }
}
