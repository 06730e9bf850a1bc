import { EventPublisher } from '@baeum/messaging';
import { AuthUser, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { announceTraineeLinks } from '../../trainee-links';
import { readTraineeSheet } from '../../trainee-sheet';
import { agencyCodesOf, upsertTrainees } from '../../trainees.queries';

/** An uploaded staff list, as its cells (the upload already read). */
export interface ImportTraineesCommand {
  actor: AuthUser;
  rows: string[][];
}

/**
 * 교육생 일괄 등록: new staff numbers are added, known ones updated; nothing when any row is bad.
 * An agency admin's rows are their own agency's only. Records added are announced (`enrollment.trainee.linked`,
 * no account yet); an update leaves the link as it was.
 */
@Injectable()
export class ImportTraineesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute({ actor, rows }: ImportTraineesCommand): Promise<{ created: number; updated: number }> {
    return this.dataSource.transaction(async (tx) => {
      const known = await agencyCodesOf(tx, actor.tenantId);
      const { trainees, errors } = readTraineeSheet(rows, known, actor.role === 'agency_admin' ? actor.agencyCode : null);
      if (errors.length > 0) throw invalidInput(errors);
      const { created, updated, added } = await upsertTrainees(tx, actor.tenantId, trainees);
      await announceTraineeLinks(tx, this.publisher, actor.tenantId, added);
      return { created, updated };
    });
  }
}
