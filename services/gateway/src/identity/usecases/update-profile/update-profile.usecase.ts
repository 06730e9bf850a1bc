import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthQueries } from '../../auth.queries';
import { announceUsers } from '../../user-events';
import { userUnknown } from '../change-password/change-password.usecase';

/** A person changes their own details (the actor is the person; the DTO has checked the format). */
export interface UpdateProfileCommand {
  tenantId: string;
  userId: string;
  /** `010-XXXX-XXXX`, or null to remove it. */
  phone: string | null;
}

/**
 * 내 계정 - 휴대전화: the person's own mobile number for text messages. A change is announced
 * (`identity.user.changed`, with the whole contact) in the same transaction, so the notification
 * service texts the number the account now has, or stops texting when it is removed; the same number
 * again writes and announces nothing.
 */
@Injectable()
export class UpdateProfileUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AuthQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(command: UpdateProfileCommand): Promise<{ phone: string | null }> {
    const set = await this.dataSource.transaction(async (tx) => {
      const result = await this.queries.setPhone(tx, command.tenantId, command.userId, command.phone);
      if (result?.changed) await announceUsers(tx, this.publisher, [result.user]);
      return result;
    });
    if (!set) throw userUnknown();
    return { phone: set.user.phone ?? null };
  }
}
