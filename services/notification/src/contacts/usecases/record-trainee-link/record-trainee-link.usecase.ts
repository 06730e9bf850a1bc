import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TraineeLinksQueries } from '../../trainee-links.queries';
import { RecordTraineeLinkCommand } from './record-trainee-link.command';

/**
 * 교육생 계정 연결: seat and completion events name enrollment's trainee record only; this keeps which
 * person (contact) each record is, newest announcement first.
 */
@Injectable()
export class RecordTraineeLinkUseCase {
  constructor(private readonly links: TraineeLinksQueries) {}

  async execute(tx: EntityManager, { tenantId, link }: RecordTraineeLinkCommand): Promise<void> {
    await this.links.upsert(tx, {
      tenantId,
      traineeId: link.traineeId,
      userId: link.userId ?? null,
      agencyCode: link.agencyCode,
      linkedAt: link.linkedAt,
    });
  }
}
