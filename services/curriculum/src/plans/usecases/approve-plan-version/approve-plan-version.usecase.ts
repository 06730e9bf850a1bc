import { PlanApprovedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { found } from '../../../shared/errors';
import { planApprovedPayload, planVersions, PlanVersionView } from '../../plans.queries';
import { PlanVersion } from '../../plan-version.entity';

/** 계획 확정: a draft version becomes the year's plan in force, and the others hear of it. */
@Injectable()
export class ApprovePlanVersionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, id: string): Promise<PlanVersionView> {
    return this.dataSource.transaction(async (tx) => {
      const version = found(
        await tx.findOne(PlanVersion, { where: { id, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
        'PLAN.NOT_FOUND',
        ['교육훈련계획', 'Plan version'],
      );
      if (version.status !== 'draft')
        throw conflict('PLAN.ALREADY_APPROVED', { message: '이미 확정된 계획입니다 / this version is already approved' });
      await tx.update(PlanVersion, { id }, { status: 'approved', approvedAt: new Date(), approvedBy: user.userId });
      const [view] = await planVersions(tx, user.tenantId, { ids: [id] });
      await this.publisher.publish(tx, PlanApprovedV1, user.tenantId, await planApprovedPayload(tx, user.tenantId, id));
      return view;
    });
  }
}
