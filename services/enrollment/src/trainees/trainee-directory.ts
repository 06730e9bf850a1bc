import { AuthUser, conflict, forbidden, notFound } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { announceTraineeLinks } from './trainee-links';
import { Trainee } from './trainee.entity';
import { linkTraineeAccount, traineeOfTenant, traineeOfUser } from './trainees.queries';

/** Finds trainees the way each role may see them; every lookup is scoped to the caller's tenant and agency. */
@Injectable()
export class TraineeDirectory {
  constructor(private readonly publisher: EventPublisher) {}

  /**
   * The signed-in trainee's own record, linked by the token's `sub`; a trainee account made before
   * its record (by an administrator) gets one from its token at first use (announced). `lock` serialises one
   * trainee's applications, so two of them cannot both pass the overlap check.
   */
  async own(tx: EntityManager, user: AuthUser, lock = false): Promise<Trainee> {
    if (user.role !== 'trainee' || !user.agencyCode)
      throw forbidden('TRAINEE.NOT_A_TRAINEE', { message: '교육생만 이용할 수 있습니다 / For trainees only' });
    const find = () => traineeOfUser(tx, user.userId, lock);
    let trainee = await find();
    if (!trainee) {
      const made = await linkTraineeAccount(tx, {
        tenantId: user.tenantId,
        userId: user.userId,
        agencyCode: user.agencyCode,
        name: user.name,
      });
      if (made)
        await announceTraineeLinks(tx, this.publisher, user.tenantId, [{ id: made, userId: user.userId, agencyCode: user.agencyCode }]);
      trainee = await find();
    }
    // A record linked to this user in another tenant or agency is not theirs to use.
    if (!trainee || trainee.tenantId !== user.tenantId || trainee.agencyCode !== user.agencyCode)
      throw conflict('TRAINEE.RECORD_MISMATCH', {
        message:
          '교육생 정보가 계정과 맞지 않습니다. 소속 기관에 문의하세요 / Your trainee record does not match your account; ask your agency',
      });
    return trainee;
  }

  /** A trainee an agency admin (their own agency's) or institute staff (their tenant's) may manage. */
  async managed(tx: EntityManager, user: AuthUser, traineeId: string, lock = false): Promise<Trainee> {
    const trainee = await traineeOfTenant(tx, user.tenantId, traineeId, lock);
    if (!trainee || (user.role === 'agency_admin' && trainee.agencyCode !== user.agencyCode))
      throw notFound('TRAINEE.NOT_FOUND', { message: '교육생을 찾을 수 없습니다 / Trainee not found' });
    return trainee;
  }
}
