import { AuthUser, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lineNotFound } from '../../../budget-book/book-lookup';
import { fiscalYearOf } from '../../../calendar/business-dates';
import { CommitmentView, toCommitmentView } from '../../commitment-view';
import { RecordCommitmentDto } from '../../dto/ledger.dto';
import { actorOfUser, Ledger } from '../../ledger';
import { refusal } from '../../ledger-errors';

/**
 * 원인행위: a finance officer commits an amount against an expenditure line. A stop line refuses
 * what it has no room for; a warn line books it and says the line is now over its budget.
 */
@Injectable()
export class RecordCommitmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  execute(user: AuthUser, fiscalYear: number, code: string, command: RecordCommitmentDto): Promise<CommitmentView> {
    if (fiscalYearOf(command.bookedOn) !== fiscalYear) {
      throw invalidInput([{ field: 'bookedOn', messages: [`bookedOn: ${fiscalYear}년 중의 날짜여야 합니다 / bookedOn must be a date in ${fiscalYear}`] }]);
    }
    return this.dataSource
      .transaction(async (tx) => {
        const line = await this.ledger.lockLine(tx, user.tenantId, fiscalYear, code);
        if (!line || line.kind !== 'expenditure') throw lineNotFound();
        const commitment = await this.ledger.commit(
          tx,
          line,
          { amount: BigInt(command.amount), bookedOn: command.bookedOn, actor: actorOfUser(user), reason: command.reason, cause: 'manual', causeId: null },
          'refuse',
        );
        return toCommitmentView(commitment, line);
      })
      .catch((error) => {
        throw refusal(error);
      });
  }
}
