import { CommitmentView, RecordPaymentDto } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockCommitment } from '../../commitment-lookup';
import { toCommitmentView } from '../../commitment-view';
import { actorOfUser } from '../../../shared/actor';
import { Ledger } from '../../ledger';

const won = (n: bigint) => n.toLocaleString('en-US');

/** 지출: a payment against a commitment, never more than it still holds unpaid. */
@Injectable()
export class RecordPaymentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  execute(user: AuthUser, id: string, command: RecordPaymentDto): Promise<CommitmentView> {
    return this.dataSource.transaction(async (tx) => {
      const { commitment, line } = await lockCommitment(tx, this.ledger, user.tenantId, id);
      const unpaid = commitment.status === 'booked' ? commitment.committed - commitment.paid : 0n;
      if (BigInt(command.amount) > unpaid) {
        throw conflict('COMMITMENT.PAYMENT_TOO_LARGE', {
          field: 'amount',
          params: { unpaid: unpaid.toString(), requested: String(command.amount) },
          message: `지급할 수 있는 금액은 ${won(unpaid)}원입니다 / At most ${won(unpaid)} won can be paid`,
        });
      }
      if (command.paidOn < `${line.fiscalYear}-01-01`) {
        throw conflict('COMMITMENT.PAID_BEFORE_YEAR', {
          field: 'paidOn',
          params: { fiscalYear: line.fiscalYear },
          message: `지급일은 ${line.fiscalYear}년 이후여야 합니다 / paidOn must be in ${line.fiscalYear} or later`,
        });
      }
      await this.ledger.pay(tx, line, commitment, BigInt(command.amount), {
        bookedOn: command.paidOn,
        actor: actorOfUser(user),
        reason: command.reason,
      });
      return toCommitmentView(commitment, line);
    });
  }
}
