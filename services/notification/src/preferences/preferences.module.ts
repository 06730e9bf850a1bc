import { Global, Module } from '@nestjs/common';
import { PreferencesController } from './preferences.controller';
import { PreferencesQueries } from './preferences.queries';
import { UpdatePreferencesUseCase } from './usecases/update-preferences/update-preferences.usecase';

/** Each person's choice of channels and quiet hours for texts; deliveries read it when an event comes. */
@Global()
@Module({
  controllers: [PreferencesController],
  providers: [PreferencesQueries, UpdatePreferencesUseCase],
  exports: [PreferencesQueries],
})
export class PreferencesModule {}
