import { EntryReversalView, LedgerCorrectionDto } from '@baeum/api';
import { AuthUser, conflict, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bookingDay } from '../../commitment-lookup';
import { Commitment } from '../../entities/commitment.entity';
import { Entry } from '../../entities/entry.entity';
import { actorOfUser } from '../../../shared/actor';
import { hasRoom, Ledger } from '../../ledger';
import { collectedFor } from '../../ledger.queries';

/**
 * 정정: entries are never edited; a wrong one is undone by a reversing entry with its reason.
 * An entry is reversed at most once, a reversal is not reversed (book a new entry instead), and a
 * reversal may not leave a commitment below what is paid nor take a stop line past its budget.
 */
@Injectable()
export class ReverseEntryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  execute(user: AuthUser, id: string, command: LedgerCorrectionDto): Promise<EntryReversalView> {
    return this.dataSource.transaction(async (tx) => {
      const original = await tx.findOne(Entry, { where: { id, tenantId: user.tenantId } });
      if (!original) throw notFound('ENTRY.NOT_FOUND', { message: '전표를 찾을 수 없습니다 / Entry not found' });
      const line = (await this.ledger.lockLines(tx, user.tenantId, [original.budgetLineId])).get(original.budgetLineId)!;
      if (original.kind === 'reverse')
        throw conflict('ENTRY.IS_REVERSAL', {
          message: '정정 전표는 다시 정정할 수 없습니다. 새 전표를 기록하세요 / A reversal is not reversed; record a new entry instead',
        });
      if (await tx.exists(Entry, { where: { reversesEntryId: original.id } }))
        throw conflict('ENTRY.ALREADY_REVERSED', { message: '이미 정정된 전표입니다 / The entry is already reversed' });
      const commitment = original.commitmentId ? await tx.findOne(Commitment, { where: { id: original.commitmentId } }) : null;
      if (commitment && original.measure === 'committed' && commitment.committed - original.amount < commitment.paid) {
        throw conflict('ENTRY.BELOW_PAID', {
          params: { paid: commitment.paid.toString(), committedAfter: (commitment.committed - original.amount).toString() },
          message: '지급된 금액 아래로 원인행위를 줄일 수 없습니다 / A commitment cannot go below what is paid',
        });
      }
      if (original.measure === 'committed' && original.amount < 0n && line.control === 'stop' && !hasRoom(line, -original.amount)) {
        throw conflict('ENTRY.UNDO_RELEASE_OVER_BUDGET', {
          params: { remaining: (line.amount - line.committed).toString(), requested: (-original.amount).toString() },
          message: '예산 잔액이 부족하여 해제를 취소할 수 없습니다 / Not enough budget left to undo the release',
        });
      }
      if (original.measure === 'collected' && original.causeId) {
        const net = await collectedFor(tx, user.tenantId, original.causeId);
        if (net - original.amount < 0n) {
          throw conflict('ENTRY.BELOW_REFUNDED', {
            params: { collected: String(net), amount: original.amount.toString() },
            message: '환불한 금액보다 수납액이 적어집니다 / The fee would fall below what was refunded',
          });
        }
      }
      const day = bookingDay(line, command.bookedOn);
      const bookedOn = day < original.bookedOn ? original.bookedOn : day; // a correction never counts before what it corrects
      const reversal = await this.ledger.reverse(tx, line, original, commitment, {
        bookedOn,
        actor: actorOfUser(user),
        reason: command.reason,
      });
      return { id: reversal.id, reversesEntryId: original.id, amount: reversal.amount.toString(), bookedOn: reversal.bookedOn };
    });
  }
}
