import { Module } from '@nestjs/common';
import { CertificateSealController } from './certificate-seal.controller';
import { InstituteSettingsController } from './institute-settings.controller';
import { SettingsController } from './settings.controller';
import { SetInstituteImageUseCase } from './usecases/set-institute-image/set-institute-image.usecase';
import { UpdateSettingsUseCase } from './usecases/update-settings/update-settings.usecase';

/**
 * A tenant's curriculum settings; the highest feature, since switching distancing on adjusts cohorts. The
 * settings record itself is in shared/, read by rooms and cohorts.
 */
@Module({
  controllers: [SettingsController, InstituteSettingsController, CertificateSealController],
  providers: [UpdateSettingsUseCase, SetInstituteImageUseCase],
})
export class SettingsModule {}
