import type { PatchTraineeDto } from '@baeum/api';
import { AuthUser, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TraineeDirectory } from '../../trainee-directory';
import { duplicateTrainee } from '../../trainee-rules';
import { Trainee } from '../../trainee.entity';
import { saveTrainee } from '../../trainees.queries';

/** Changes to a trainee the caller manages. */
export interface UpdateTraineeCommand {
  actor: AuthUser;
  traineeId: string;
  changes: PatchTraineeDto;
}

/** 교육생 수정: a trainee of the caller's tenant (an agency admin: of their own agency); a staff number or account taken is refused. */
@Injectable()
export class UpdateTraineeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: TraineeDirectory,
  ) {}

  execute({ actor, traineeId, changes }: UpdateTraineeCommand): Promise<Trainee> {
    return this.dataSource.transaction(async (tx) => {
      const trainee = await this.directory.managed(tx, actor, traineeId, true);
      Object.assign(trainee, changes, { updatedAt: new Date() });
      await saveTrainee(tx, trainee).catch((error) => {
        throw isUniqueViolation(error) ? duplicateTrainee(error) : error;
      });
      return trainee;
    });
  }
}
