import { PreparatoryCohortView } from '@baeum/api';
import { AuthUser, CurrentUser } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { PreparatoryCohort } from './preparatory-cohort.entity';

@ApiTags('preparatory-cohorts')
@ApiBearerAuth()
@Controller('preparatory-cohorts')
export class PreparatoryCohortsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [PreparatoryCohortView] })
  list(@CurrentUser() user: AuthUser): Promise<PreparatoryCohortView[]> {
    return this.dataSource
      .getRepository(PreparatoryCohort)
      .find({ where: { tenantId: user.tenantId }, order: { startDate: 'ASC' }, take: 500 });
  }
}
