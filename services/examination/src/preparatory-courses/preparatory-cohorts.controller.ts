import { PreparatoryCohortView } from '@baeum/api';
import { AuthUser, CurrentUser } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PreparatoryCohortQueries } from './preparatory-cohort-queries';

@ApiTags('preparatory-cohorts')
@ApiBearerAuth()
@Controller('preparatory-cohorts')
export class PreparatoryCohortsController {
  constructor(private readonly cohorts: PreparatoryCohortQueries) {}

  @Get()
  @ApiOkResponse({ type: [PreparatoryCohortView] })
  list(@CurrentUser() user: AuthUser): Promise<PreparatoryCohortView[]> {
    return this.cohorts.list(user.tenantId);
  }
}
