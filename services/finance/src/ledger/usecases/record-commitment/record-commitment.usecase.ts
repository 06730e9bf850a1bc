import { CommitmentView, RecordCommitmentDto } from '@baeum/api';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lineNotFound } from '../../../shared/errors';
import { fiscalYearOf } from '@baeum/calendar';
import { toCommitmentView } from '../../commitment-view';
import { actorOfUser } from '../../../shared/actor';
import { Ledger } from '../../ledger';
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
      throw invalidInput([
        fieldError(
          'bookedOn',
          'BUDGET_BOOK.DATE_OUTSIDE_YEAR',
          { fiscalYear },
          `bookedOn: ${fiscalYear}년 중의 날짜여야 합니다 / bookedOn must be a date in ${fiscalYear}`,
        ),
      ]);
    }
    return this.dataSource
      .transaction(async (tx) => {
        const line = await this.ledger.lockLine(tx, user.tenantId, fiscalYear, code);
        if (!line || line.kind !== 'expenditure') throw lineNotFound(fiscalYear, code);
        const commitment = await this.ledger.commit(
          tx,
          line,
          {
            amount: BigInt(command.amount),
            bookedOn: command.bookedOn,
            actor: actorOfUser(user),
            reason: command.reason,
            cause: 'manual',
            causeId: null,
          },
          'refuse',
        );
        return toCommitmentView(commitment, line);
      })
      .catch((error) => {
        throw refusal(error, 'amount');
      });
  }
}
