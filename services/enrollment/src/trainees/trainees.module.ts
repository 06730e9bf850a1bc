import { Module } from '@nestjs/common';
import { TraineeDirectory } from './trainee-directory';
import { TraineesController } from './trainees.controller';
import { CreateTraineeUseCase } from './usecases/create-trainee/create-trainee.usecase';
import { ImportTraineesUseCase } from './usecases/import-trainees/import-trainees.usecase';
import { UpdateTraineeUseCase } from './usecases/update-trainee/update-trainee.usecase';

/** The trainee list; exports the directory (whose trainee the caller is, or may manage). */
@Module({
  controllers: [TraineesController],
  providers: [TraineeDirectory, CreateTraineeUseCase, UpdateTraineeUseCase, ImportTraineesUseCase],
  exports: [TraineeDirectory],
})
export class TraineesModule {}
