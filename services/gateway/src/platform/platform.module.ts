import { Module } from '@nestjs/common';
import { PasswordResetQueries } from '../identity/password-reset.queries';
import { InstitutesController } from './institutes.controller';
import { InstitutesQueries } from './institutes.queries';
import { CreateInstituteUseCase } from './usecases/create-institute/create-institute.usecase';
import { DeactivateInstituteUseCase } from './usecases/deactivate-institute/deactivate-institute.usecase';
import { ReactivateInstituteUseCase } from './usecases/reactivate-institute/reactivate-institute.usecase';

/** The platform operator's institutes (tenants) and their first administrators (ADR 0014). */
@Module({
  controllers: [InstitutesController],
  providers: [InstitutesQueries, PasswordResetQueries, CreateInstituteUseCase, DeactivateInstituteUseCase, ReactivateInstituteUseCase],
})
export class PlatformModule {}
