import type { CreateTraineeDto } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, fieldError, invalidInput, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { announceTraineeLinks } from '../../trainee-links';
import { duplicateTrainee } from '../../trainee-rules';
import { Trainee } from '../../trainee.entity';
import { agencyOf } from '../../../agencies/agencies.queries';
import { insertTrainee, saveTrainee, traineeByEmployeeNo } from '../../trainees.queries';

/** A trainee added by an agency admin (to their own agency) or institute staff (to the agency named). */
export interface CreateTraineeCommand {
  actor: AuthUser;
  trainee: CreateTraineeDto;
}

/**
 * 교육생 등록. The agency must be the tenant's; a staff number or account already used in it is
 * refused (409 naming the field), except that an account made for staff already on the list
 * (imported, no account yet) takes over their record. Either is announced (`enrollment.trainee.linked`).
 */
@Injectable()
export class CreateTraineeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute({ actor, trainee: body }: CreateTraineeCommand): Promise<Trainee> {
    const agencyCode = actor.role === 'agency_admin' ? actor.agencyCode! : body.agencyCode;
    if (!agencyCode) throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
    return this.dataSource.transaction(async (tx) => {
      if (!(await agencyOf(tx, actor.tenantId, agencyCode)))
        throw invalidInput([fieldError('agencyCode', 'TRAINEE.AGENCY_UNKNOWN', { agencyCode }, '알 수 없는 기관입니다 / unknown agency')]);
      // An account made for staff already on the list (imported) takes over their record.
      const listed = body.employeeNo && body.userId ? await traineeByEmployeeNo(tx, actor.tenantId, agencyCode, body.employeeNo) : null;
      if (listed && !listed.userId) {
        Object.assign(listed, {
          userId: body.userId,
          name: body.name,
          grade: body.grade ?? listed.grade,
          position: body.position ?? listed.position,
          jobSeries: body.jobSeries ?? listed.jobSeries,
          updatedAt: new Date(),
        });
        await saveTrainee(tx, listed);
        await announceTraineeLinks(tx, this.publisher, actor.tenantId, [listed]);
        return listed;
      }
      const trainee: Trainee = {
        id: randomUUID(),
        tenantId: actor.tenantId,
        userId: body.userId ?? null,
        agencyCode,
        employeeNo: body.employeeNo ?? null,
        name: body.name,
        grade: body.grade ?? null,
        position: body.position ?? null,
        jobSeries: body.jobSeries ?? null,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
      await insertTrainee(tx, trainee).catch((error) => {
        throw isUniqueViolation(error) ? duplicateTrainee(error) : error;
      });
      await announceTraineeLinks(tx, this.publisher, actor.tenantId, [trainee]);
      return trainee;
    });
  }
}
