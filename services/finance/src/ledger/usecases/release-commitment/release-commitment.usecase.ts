import { CommitmentView, ReleaseCommitmentDto } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bookingDay, lockCommitment } from '../../commitment-lookup';
import { toCommitmentView } from '../../commitment-view';
import { actorOfUser } from '../../../shared/actor';
import { Ledger } from '../../ledger';

const won = (n: bigint) => n.toLocaleString('en-US');

/** 원인행위 해제: gives back part or all of what a commitment holds beyond what is paid. */
@Injectable()
export class ReleaseCommitmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  execute(user: AuthUser, id: string, command: ReleaseCommitmentDto): Promise<CommitmentView> {
    return this.dataSource.transaction(async (tx) => {
      const { commitment, line } = await lockCommitment(tx, this.ledger, user.tenantId, id);
      const releasable = commitment.status === 'booked' ? commitment.committed - commitment.paid : 0n;
      if (BigInt(command.amount) > releasable) {
        throw conflict('COMMITMENT.RELEASE_TOO_LARGE', {
          field: 'amount',
          params: { releasable: releasable.toString(), requested: String(command.amount) },
          message: `해제할 수 있는 금액은 ${won(releasable)}원입니다 / At most ${won(releasable)} won can be released`,
        });
      }
      await this.ledger.release(tx, line, commitment, BigInt(command.amount), {
        bookedOn: bookingDay(line, command.bookedOn),
        actor: actorOfUser(user),
        reason: command.reason,
      });
      return toCommitmentView(commitment, line);
    });
  }
}
