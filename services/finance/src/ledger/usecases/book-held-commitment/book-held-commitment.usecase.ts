import { CommitmentView, LedgerCorrectionDto } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bookingDay, lockCommitment } from '../../commitment-lookup';
import { toCommitmentView } from '../../commitment-view';
import { actorOfUser } from '../../../shared/actor';
import { Ledger } from '../../ledger';
import { refusal } from '../../ledger-errors';

/** Books a commitment an event asked for while its stop line had no room, once it has. */
@Injectable()
export class BookHeldCommitmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  execute(user: AuthUser, id: string, command: LedgerCorrectionDto): Promise<CommitmentView> {
    return this.dataSource
      .transaction(async (tx) => {
        const { commitment, line } = await lockCommitment(tx, this.ledger, user.tenantId, id);
        if (commitment.status !== 'held')
          throw conflict('COMMITMENT.NOT_HELD', {
            params: { status: commitment.status },
            message: '보류 중인 원인행위가 아닙니다 / The commitment is not held',
          });
        await this.ledger.bookHeld(tx, line, commitment, {
          bookedOn: bookingDay(line, command.bookedOn),
          actor: actorOfUser(user),
          reason: command.reason,
        });
        return toCommitmentView(commitment, line);
      })
      .catch((error) => {
        throw refusal(error);
      });
  }
}
