import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContactsQueries } from '../../contacts.queries';
import { RecordContactCommand } from './record-contact.command';

/** 연락처: the directory of people to tell, kept from the gateway's `identity.user.changed`. */
@Injectable()
export class RecordContactUseCase {
  constructor(private readonly contacts: ContactsQueries) {}

  async execute(tx: EntityManager, command: RecordContactCommand): Promise<void> {
    const { user } = command;
    await this.contacts.upsert(tx, {
      userId: user.userId,
      tenantId: command.tenantId,
      name: user.name,
      email: user.email.trim().toLowerCase(),
      locale: user.locale ?? null,
      roles: [...new Set(user.roles)],
      agencyCode: user.agencyCode ?? null,
      // A later announcement without a number means the person removed it.
      phone: user.phone ?? null,
      active: user.active,
      changedAt: command.occurredAt,
    });
  }
}
