import { conflict } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { clash } from '../cohorts/cohort-rules';
import { Cohort } from '../cohorts/cohort.entity';
import { Trainee } from '../trainees/trainee.entity';
import { agencyOf } from '../agencies/agencies.queries';

/**
 * Whether the trainee may take the cohort, whoever asks (the trainee, their agency, or staff
 * adding them): their agency is active, the cohort takes officials of other provinces if they are
 * one, and it does not meet at hours of a cohort they hold (`held`). `afterAgency` runs the
 * caller's own check (an application's window) where the refusals have always come in that order.
 */
export async function checkTraineeMayTake(
  tx: EntityManager,
  cohort: Cohort,
  trainee: Trainee,
  held: Cohort[],
  afterAgency: () => void = () => undefined,
): Promise<void> {
  const agency = await agencyOf(tx, trainee.tenantId, trainee.agencyCode);
  // A deactivated agency's staff cannot apply, nor be nominated, whatever the cohort.
  if (agency && !agency.active)
    throw conflict('AGENCY.INACTIVE', {
      params: { code: agency.code },
      message: '비활성화된 기관의 직원은 신청할 수 없습니다 / Staff of a deactivated agency cannot apply',
    });
  afterAgency();
  if (!cohort.openToOtherProvinces) {
    if (agency?.kind === 'other_province')
      throw conflict('APPLICATION.OTHER_PROVINCE', {
        params: { agencyCode: trainee.agencyCode },
        message: '타 시도 공무원은 신청할 수 없는 과정입니다 / Officials of other provinces may not attend this cohort',
      });
  }
  const clashing = held.find((c) => clash(c, cohort));
  if (clashing) {
    throw conflict('APPLICATION.TIME_CLASH', {
      params: {
        cohortId: clashing.cohortId,
        course: clashing.courseNameKo ?? clashing.courseCode ?? '',
        ...(clashing.courseNameEn ? { courseEn: clashing.courseNameEn } : {}),
        startDate: clashing.startDate,
        endDate: clashing.endDate,
        ...(clashing.dailyStartTime && clashing.dailyEndTime ? { hours: `${clashing.dailyStartTime}-${clashing.dailyEndTime}` } : {}),
      },
      message:
        `교육 시간이 겹치는 기수를 이미 신청했습니다: ${clashing.courseNameKo} (${clashing.startDate} ~ ${clashing.endDate}) ` +
        `/ You already hold a cohort at overlapping hours: ` +
        `${clashing.courseNameEn ?? clashing.courseNameKo} (${clashing.startDate} – ${clashing.endDate})`,
    });
  }
}
