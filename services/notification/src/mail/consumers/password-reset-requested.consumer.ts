import { EventEnvelope, PasswordResetRequestedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { passwordResetMail } from '../templates/password-reset.template';
import { SendMailUseCase } from '../usecases/send-mail/send-mail.usecase';

/** Someone asked to reset an active account's password: its owner gets the one-time link. */
@Injectable()
export class PasswordResetRequestedConsumer implements EventHandler<PasswordResetRequestedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(PasswordResetRequestedV1, {
    email: 'string',
    name: 'string',
    tenantName: 'string',
    resetPath: 'string',
    expiresAt: 'instant',
    locale: { kind: 'enum', values: ['ko', 'en'] },
  });
  readonly contract = PasswordResetRequestedV1;

  constructor(
    private readonly sendMail: SendMailUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<PasswordResetRequestedV1>, tx: EntityManager): Promise<void> {
    const mail = passwordResetMail(event.payload, this.env.PUBLIC_BASE_URL);
    return this.sendMail.execute(tx, { event, to: event.payload.email, mail });
  }
}
