import type { CohortUnderFilledV1 } from '@baeum/contracts';
import { absoluteLink, renderBody, RenderedMail } from '../../mail/templates/mail-template';
import { courseOf, Person, subjectOf } from './trainee-seat.template';

/** Where course managers decide an under-filled cohort (교육 운영). */
const ROSTER = '/roster';

/** 최소 인원 미달: a cohort is short of its minimum at its cut-off; each course manager of the tenant is told to decide. */
export function cohortUnderFilledMail(event: CohortUnderFilledV1, person: Person, publicBaseUrl: string): RenderedMail {
  const course = courseOf(event);
  const link = absoluteLink(publicBaseUrl, ROSTER);
  const named = (label: string, text: string) => (course ? [{ text: `${label}: ${text}` }] : []);
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      ...named('교육 과정', `${course?.nameKo}${course?.datesKo}`),
      { text: `확정 인원이 ${event.confirmed}명으로 최소 인원 ${event.minimumFill}명에 못 미칩니다 (${event.checkedOn} 기준).` },
      { text: '모집 연장, 다른 기수와 통합 또는 폐강을 결정하세요.' },
      { link, label: '교육 운영 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      ...named('Course', `${course?.nameEn}${course?.datesEn}`),
      { text: `${event.confirmed} confirmed, below the minimum of ${event.minimumFill} (as of ${event.checkedOn}).` },
      { text: 'Decide whether to extend applications, merge it into another cohort or cancel it.' },
      { link, label: 'Open course operations' },
    ],
    '배움 Baeum',
  );
  return {
    template: 'cohort-under-filled',
    locale: person.locale ?? 'ko',
    subject: subjectOf('[최소 인원 미달]', course, '결정 필요', 'Below its minimum fill'),
    text,
    html,
  };
}
