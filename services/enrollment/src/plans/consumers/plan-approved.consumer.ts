import { EventEnvelope, PlanApprovedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { replacePlanFigures } from '../plans.queries';

/** An approved plan version: its planned courses and trainees, in total and per education type, for the results report. */
@Injectable()
export class PlanApprovedConsumer implements EventHandler<PlanApprovedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(PlanApprovedV1, {
    planVersionId: 'uuid',
    fiscalYear: 'int',
    kind: 'enum',
    versionNo: 'int',
    courses: 'int',
    trainees: 'int',
    byEducationType: {
      kind: 'list',
      optional: true,
      items: { educationType: { kind: 'enum', values: ['general', 'e_learning'] }, courses: 'int', trainees: 'int' },
    },
  });
  readonly contract = PlanApprovedV1;

  async handle(event: EventEnvelope<PlanApprovedV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    const version = {
      planVersionId: p.planVersionId,
      tenantId: event.tenantId,
      fiscalYear: p.fiscalYear,
      kind: p.kind,
      versionNo: p.versionNo,
    };
    // An education type named twice counts once (the last).
    const byType = new Map((p.byEducationType ?? []).map((f) => [f.educationType, f]));
    const rows = [
      { ...version, educationType: 'total' as const, courses: p.courses, trainees: p.trainees },
      ...[...byType.values()].map((f) => ({ ...version, educationType: f.educationType, courses: f.courses, trainees: f.trainees })),
    ];
    await replacePlanFigures(tx, p.planVersionId, rows);
  }
}
