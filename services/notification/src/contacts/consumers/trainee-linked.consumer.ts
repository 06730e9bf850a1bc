import { EventEnvelope, reliesOn, TraineeLinkedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordTraineeLinkUseCase } from '../usecases/record-trainee-link/record-trainee-link.usecase';

/** A trainee record was made or linked to another account in enrollment: the link follows. */
@Injectable()
export class TraineeLinkedConsumer implements EventHandler<TraineeLinkedV1> {
  static readonly reliesOn = reliesOn(TraineeLinkedV1, {
    traineeId: 'uuid',
    userId: 'uuid?',
    agencyCode: 'string',
    linkedAt: 'instant',
  });
  readonly contract = TraineeLinkedV1;

  constructor(private readonly record: RecordTraineeLinkUseCase) {}

  handle(event: EventEnvelope<TraineeLinkedV1>, tx: EntityManager): Promise<void> {
    return this.record.execute(tx, { tenantId: event.tenantId, link: event.payload });
  }
}
