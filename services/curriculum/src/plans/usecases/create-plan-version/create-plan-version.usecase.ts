import { CreatePlanVersionDto } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { copyPlanLines, lockPlanYear, planVersions, PlanVersionView } from '../../plans.queries';
import { PlanVersion } from '../../plan-version.entity';

/**
 * Opens a draft version of a fiscal year's plan: the original (당초) or, once a version is
 * approved, a change (변경). It starts from the lines of the version it is based on (by default
 * the year's latest). A year has one draft at a time.
 */
@Injectable()
export class CreatePlanVersionUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(user: AuthUser, command: CreatePlanVersionDto): Promise<PlanVersionView> {
    return this.dataSource.transaction(async (tx) => {
      await lockPlanYear(tx, user.tenantId, command.fiscalYear);
      const year = await tx.find(PlanVersion, {
        where: { tenantId: user.tenantId, fiscalYear: command.fiscalYear },
        order: { versionNo: 'ASC' },
      });
      const fiscalYear = command.fiscalYear;
      if (year.some((v) => v.status === 'draft'))
        throw conflict('PLAN.DRAFT_EXISTS', {
          params: { fiscalYear },
          message: `${fiscalYear}년도에 작성 중인 계획이 있습니다 / ${fiscalYear} already has a draft`,
        });
      if (command.kind === 'original' && year.length > 0)
        throw invalidInput([
          fieldError(
            'kind',
            'PLAN.ORIGINAL_EXISTS',
            { fiscalYear },
            '당초 계획은 한 번만 만듭니다; 변경 계획을 만드세요 / the original exists: open a change',
          ),
        ]);
      if (command.kind === 'changed' && !year.some((v) => v.status === 'approved'))
        throw invalidInput([
          fieldError(
            'kind',
            'PLAN.CHANGE_NEEDS_APPROVED',
            { fiscalYear },
            '확정된 계획이 있어야 변경 계획을 만듭니다 / a change needs an approved version',
          ),
        ]);
      const basis = command.basedOnId
        ? await tx.findOne(PlanVersion, { where: { id: command.basedOnId, tenantId: user.tenantId } })
        : year[year.length - 1];
      if (command.basedOnId && !basis)
        throw invalidInput([
          fieldError('basedOnId', 'PLAN.NOT_FOUND', { versionId: command.basedOnId }, '없는 계획입니다 / no such plan version'),
        ]);
      const versionNo = year.length + 1;
      const changeNo = year.filter((v) => v.kind === 'changed').length + 1;
      const version: PlanVersion = {
        id: randomUUID(),
        tenantId: user.tenantId,
        fiscalYear: command.fiscalYear,
        kind: command.kind,
        versionNo,
        status: 'draft',
        labelKo:
          command.labelKo ??
          (command.kind === 'original'
            ? `${command.fiscalYear}년 계획 당초`
            : `${command.fiscalYear}년 계획 ${changeNo > 1 ? `${changeNo}차 ` : ''}변경`),
        labelEn:
          command.labelEn ??
          (command.kind === 'original' ? `${command.fiscalYear} plan, original` : `${command.fiscalYear} plan, change ${changeNo}`),
        memoLines: basis?.memoLines ?? [],
        sourceFigures: null,
        basedOnId: basis?.id ?? null,
        approvedAt: null,
        approvedBy: null,
        createdAt: new Date(),
      };
      await tx.insert(PlanVersion, version);
      if (basis) {
        await copyPlanLines(tx, basis.id, version.id);
      }
      const [view] = await planVersions(tx, user.tenantId, { ids: [version.id] });
      return view;
    });
  }
}
