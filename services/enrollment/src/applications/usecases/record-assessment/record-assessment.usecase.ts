import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accessibleApplication } from '../../application-access';
import { Application } from '../../application.entity';
import { recordAssessment } from '../../applications.queries';

/** The host institute records whether a confirmed trainee passed the course's assessment. */
export interface RecordAssessmentCommand {
  actor: AuthUser;
  applicationId: string;
  passed: boolean;
}

/** The result of the course's assessment, where its completion rule requires one: confirmed trainees only. */
@Injectable()
export class RecordAssessmentUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute({ actor, applicationId, passed }: RecordAssessmentCommand): Promise<Application> {
    return this.dataSource.transaction(async (tx) => {
      const app = await accessibleApplication(tx, actor, applicationId);
      if (app.status !== 'confirmed')
        throw conflict('APPLICATION.NOT_CONFIRMED', {
          params: { status: app.status },
          message: '확정된 교육생만 평가 결과를 입력합니다 / Only confirmed trainees have assessment results',
        });
      await recordAssessment(tx, applicationId, passed);
      return { ...app, assessmentPassed: passed };
    });
  }
}
