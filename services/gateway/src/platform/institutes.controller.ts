import { CreatedInstituteView, CreateInstituteDto, InstituteView } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InstitutesQueries } from './institutes.queries';
import { CreateInstituteUseCase } from './usecases/create-institute/create-institute.usecase';
import { DeactivateInstituteUseCase } from './usecases/deactivate-institute/deactivate-institute.usecase';
import { ReactivateInstituteUseCase } from './usecases/reactivate-institute/reactivate-institute.usecase';

const uuid = new ParseUUIDPipe();

/** 기관 관리 (platform): the platform operator's institutes; no institute's staff may call these. */
@ApiTags('platform')
@ApiBearerAuth()
@Controller('api/platform/institutes')
@Roles('platform_operator')
export class InstitutesController {
  constructor(
    private readonly queries: InstitutesQueries,
    private readonly createInstitute: CreateInstituteUseCase,
    private readonly deactivateInstitute: DeactivateInstituteUseCase,
    private readonly reactivateInstitute: ReactivateInstituteUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [InstituteView] })
  list(): Promise<InstituteView[]> {
    return this.queries.list();
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedInstituteView })
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateInstituteDto): Promise<CreatedInstituteView> {
    return this.createInstitute.execute(caller, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: InstituteView })
  deactivate(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<InstituteView> {
    return this.deactivateInstitute.execute(caller, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: InstituteView })
  reactivate(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<InstituteView> {
    return this.reactivateInstitute.execute(caller, id);
  }
}
