import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Cohort } from '../cohorts/cohort.entity';
import { insertNotice } from './notifications.queries';

/** Every notice in Korean then English; the course label ends in its dates, so no particle follows a name. */
export const NOTICE_TEXTS = {
  confirmed: ['{course} 수강이 확정되었습니다.', 'Your seat in {course} is confirmed.'],
  promoted: [
    '대기 중이던 {course}에 자리가 나서 수강이 확정되었습니다.',
    'A seat came free in {course}: you moved up from the waiting list and your seat is confirmed.',
  ],
  waitlisted: [
    '{course}의 정원이 차서 대기자 {position}번으로 등록되었습니다.',
    '{course} is full: you are number {position} on its waiting list.',
  ],
  withdrawn: [
    '{course} 신청이 기관 또는 인재개발원에 의해 취소되었습니다.',
    'Your application for {course} was withdrawn by your agency or the institute.',
  ],
  rejected: ['{course} 신청이 승인되지 않았습니다.', 'Your application for {course} was not approved.'],
  cohort_cancelled: ['{course} 기수가 폐강되어 신청이 취소되었습니다.', '{course} was cancelled, and your application with it.'],
  merged: ['{course} 기수가 통합되어 {target} 기수로 옮겨졌습니다.', '{course} was merged: you moved to the cohort of {target}.'],
  completed: [
    '{course} 수료가 확정되었습니다. 수료증을 내려받고 만족도 조사에 참여해 주세요.',
    'You completed {course}. Download your certificate, and please answer the satisfaction survey.',
  ],
  waitlist_closed: [
    '{course} 교육이 시작되어 대기가 종료되었습니다. 다음 기수에 다시 신청해 주세요.',
    'Training in {course} has begun, so your place on its waiting list has ended. Please apply for a later cohort.',
  ],
  under_filled: [
    '{course}의 확정 인원이 최소 인원에 못 미칩니다. 모집 연장, 통합 또는 폐강을 결정하세요.',
    '{course} is below its minimum fill: decide whether to extend applications, merge or cancel it.',
  ],
} as const;
export type NoticeKind = keyof typeof NOTICE_TEXTS;

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** The course and dates that name a cohort in a notice. */
export const cohortLabel = (c: Cohort, lang: 'ko' | 'en' = 'ko'): string =>
  `${(lang === 'en' && c.courseNameEn) || c.courseNameKo || c.courseCode || ''} (${c.startDate} ~ ${c.endDate})`;

/** Writes a notice in the caller's transaction, to one trainee or to every holder of a role. */
export async function notify(
  tx: EntityManager,
  to: { tenantId: string; traineeId?: string; audienceRole?: string },
  kind: NoticeKind,
  cohort: Cohort,
  extra: { applicationId?: string; position?: number; target?: Cohort } = {},
): Promise<void> {
  const [ko, en] = NOTICE_TEXTS[kind];
  const vars = (lang: 'ko' | 'en') => ({
    course: cohortLabel(cohort, lang),
    position: String(extra.position ?? ''),
    target: extra.target ? cohortLabel(extra.target, lang) : '',
  });
  await insertNotice(tx, {
    id: randomUUID(),
    tenantId: to.tenantId,
    traineeId: to.traineeId ?? null,
    audienceRole: to.audienceRole ?? null,
    kind,
    cohortId: cohort.cohortId,
    applicationId: extra.applicationId ?? null,
    messageKo: fill(ko, vars('ko')),
    messageEn: fill(en, vars('en')),
    createdAt: new Date(),
  });
}
