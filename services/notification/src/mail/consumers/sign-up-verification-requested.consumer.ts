import { EventEnvelope, reliesOn, SignUpVerificationRequestedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { signUpVerificationMail } from '../templates/sign-up-verification.template';
import { SendMailUseCase } from '../usecases/send-mail/send-mail.usecase';

/** A sign-up waits for its address to be confirmed: the owner gets the link. */
@Injectable()
export class SignUpVerificationRequestedConsumer implements EventHandler<SignUpVerificationRequestedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SignUpVerificationRequestedV1, {
    email: 'string',
    name: 'string',
    tenantName: 'string',
    verifyPath: 'string',
    expiresAt: 'instant',
    locale: { kind: 'enum', values: ['ko', 'en'] },
  });
  readonly contract = SignUpVerificationRequestedV1;

  constructor(
    private readonly sendMail: SendMailUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SignUpVerificationRequestedV1>, tx: EntityManager): Promise<void> {
    const mail = signUpVerificationMail(event.payload, this.env.PUBLIC_BASE_URL);
    return this.sendMail.execute(tx, { event, to: event.payload.email, mail });
  }
}
