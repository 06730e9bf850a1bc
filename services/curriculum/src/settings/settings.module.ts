import { Module } from '@nestjs/common';
import { SettingsController } from './settings.controller';
import { UpdateSettingsUseCase } from './usecases/update-settings/update-settings.usecase';

/**
 * A tenant's curriculum settings; the highest feature, since switching distancing on adjusts cohorts. The
 * settings record itself is in shared/, read by rooms and cohorts.
 */
@Module({
  controllers: [SettingsController],
  providers: [UpdateSettingsUseCase],
})
export class SettingsModule {}
