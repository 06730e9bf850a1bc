import { Module } from '@nestjs/common';
import { AgencyController } from './agency.controller';

/** The tenant's agencies; the lowest feature. */
@Module({
  controllers: [AgencyController],
})
export class AgenciesModule {}
