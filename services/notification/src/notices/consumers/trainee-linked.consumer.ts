import { EventEnvelope, reliesOn, TraineeLinkedV1 } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordTraineeLinkUseCase } from '../../contacts/usecases/record-trainee-link/record-trainee-link.usecase';
import { ReleaseHeldNoticesUseCase } from '../usecases/release-held-notices/release-held-notices.usecase';

/** A trainee record was made or linked to another account in enrollment: the link follows, then the notices that waited for it. */
@Injectable()
export class TraineeLinkedConsumer implements EventHandler<TraineeLinkedV1> {
  static readonly reliesOn = reliesOn(TraineeLinkedV1, {
    traineeId: 'uuid',
    userId: 'uuid?',
    agencyCode: 'string',
    linkedAt: 'instant',
  });
  readonly contract = TraineeLinkedV1;

  constructor(
    private readonly record: RecordTraineeLinkUseCase,
    private readonly release: ReleaseHeldNoticesUseCase,
  ) {}

  async handle(event: EventEnvelope<TraineeLinkedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    await this.release.execute(tx, batch, { tenantId: event.tenantId, traineeId: event.payload.traineeId }, () =>
      this.record.execute(tx, { tenantId: event.tenantId, link: event.payload }),
    );
  }
}
