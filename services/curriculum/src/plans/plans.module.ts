import { Module } from '@nestjs/common';
import { PlansController } from './plans.controller';
import { CreatePlanVersionUseCase } from './usecases/create-plan-version/create-plan-version.usecase';
import { ApprovePlanVersionUseCase } from './usecases/approve-plan-version/approve-plan-version.usecase';
import { SavePlanLineUseCase } from './usecases/save-plan-line/save-plan-line.usecase';
import { ImportPlanUseCase } from './usecases/import-plan/import-plan.usecase';

/** Training plans: their versions and lines, imported or entered, and their approval. */
@Module({
  controllers: [PlansController],
  providers: [CreatePlanVersionUseCase, ApprovePlanVersionUseCase, SavePlanLineUseCase, ImportPlanUseCase],
})
export class PlansModule {}
