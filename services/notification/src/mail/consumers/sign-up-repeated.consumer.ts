import { EventEnvelope, reliesOn, SignUpRepeatedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { signUpRepeatedMail } from '../templates/sign-up-repeated.template';
import { SendMailUseCase } from '../usecases/send-mail/send-mail.usecase';

/** Someone signed up with a registered address: its owner is told, with the ways back in. */
@Injectable()
export class SignUpRepeatedConsumer implements EventHandler<SignUpRepeatedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SignUpRepeatedV1, {
    email: 'string',
    name: 'string',
    tenantName: 'string',
    signInPath: 'string',
    resetPath: 'string',
    locale: { kind: 'enum', values: ['ko', 'en'] },
  });
  readonly contract = SignUpRepeatedV1;

  constructor(
    private readonly sendMail: SendMailUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SignUpRepeatedV1>, tx: EntityManager): Promise<void> {
    const mail = signUpRepeatedMail(event.payload, this.env.PUBLIC_BASE_URL);
    return this.sendMail.execute(tx, { event, to: event.payload.email, mail });
  }
}
