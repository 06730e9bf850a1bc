import { AccommodationDecisionDto, ExamApplicationView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApplicationQueries } from '../../application-queries';

export type DecideAccommodationsCommand = AccommodationDecisionDto & { applicationId: string };

/** 편의지원 심사: the officer approves or rejects the accommodations an applicant asked for. */
@Injectable()
export class DecideAccommodationsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
  ) {}

  async execute(user: AuthUser, command: DecideAccommodationsCommand): Promise<ExamApplicationView> {
    const id = command.applicationId;
    return this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      if (application.accommodations.length === 0)
        throw conflict('EXAM_APPLICATION.NO_ACCOMMODATIONS', { message: '요청한 편의지원이 없습니다 / no accommodations were requested' });
      await this.applications.setAccommodationStatus(tx, id, command.decision);
      return this.applications.view(user, id, tx);
    });
  }
}
