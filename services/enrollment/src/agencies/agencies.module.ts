import { Module } from '@nestjs/common';
import { AgencyAdminController } from './agency-admin.controller';
import { AgencyController } from './agency.controller';
import { ChangeAgencyUseCase } from './usecases/change-agency/change-agency.usecase';
import { CreateAgencyUseCase } from './usecases/create-agency/create-agency.usecase';
import { DeleteAgencyUseCase } from './usecases/delete-agency/delete-agency.usecase';
import { SetAgencyActiveUseCase } from './usecases/set-agency-active/set-agency-active.usecase';

/** The tenant's agencies and their administration; the lowest feature. */
@Module({
  controllers: [AgencyController, AgencyAdminController],
  providers: [CreateAgencyUseCase, ChangeAgencyUseCase, SetAgencyActiveUseCase, DeleteAgencyUseCase],
})
export class AgenciesModule {}
