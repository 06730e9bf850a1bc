import type { ApplicationEndedV1 } from '@baeum/contracts';
import type { RenderedMail } from '../../mail/templates/mail-template';
import { courseOf, Person, subjectOf, traineeMail } from './trainee-seat.template';

/**
 * What a trainee is told when their application ended by someone else's doing or by the calendar:
 * withdrawn by their agency or the institute, rejected at an approval, its cohort cancelled (폐강) or
 * merged into another, or training begun while they still waited (대기 종료). Their own
 * cancellation tells them nothing new: no mail (null).
 */
export function applicationEndedMail(event: ApplicationEndedV1, person: Person, publicBaseUrl: string): RenderedMail | null {
  const course = courseOf(event);
  const mail = (template: string, tag: string, subject: [string, string], korean: string[], english: string[]) =>
    traineeMail(template, person, publicBaseUrl, subjectOf(tag, course, ...subject), korean, english, course);
  const seat = event.heldSeat;
  switch (event.reason) {
    case 'cancelled':
      return null;
    case 'withdrawn':
      return mail(
        'application-withdrawn',
        '[신청 취소]',
        ['신청 취소', 'Application withdrawn'],
        [
          `소속 기관 또는 인재개발원이 교육 신청을 취소했습니다${seat ? '. 선발도 함께 취소되었습니다' : ''}.`,
          '궁금한 점은 소속 기관에 문의하세요.',
        ],
        [`Your agency or the institute withdrew your application${seat ? ', and your seat with it' : ''}.`, 'Ask your agency if in doubt.'],
      );
    case 'rejected':
      return mail(
        'application-rejected',
        '[신청 반려]',
        ['신청 반려', 'Application not approved'],
        [
          `교육 신청이 승인 단계에서 반려되었습니다${seat ? '. 선발도 함께 취소되었습니다' : ''}.`,
          '사유는 나의 교육 또는 소속 기관에 확인하세요.',
        ],
        [`Your application was not approved${seat ? ', and your seat is cancelled' : ''}.`, 'See My training or ask your agency why.'],
      );
    case 'cohort_cancelled':
      return mail(
        'cohort-cancelled',
        '[폐강]',
        ['폐강', 'Cohort cancelled'],
        ['신청하신 교육 기수가 폐강되어 신청이 취소되었습니다.', '같은 과정의 다른 기수는 수강신청에서 찾을 수 있습니다.'],
        ['The cohort you applied for was cancelled, and your application with it.', 'Other cohorts are open under Apply for courses.'],
      );
    case 'merged': {
      const target = (separator: string) =>
        event.targetStartDate && event.targetEndDate ? `${event.targetStartDate}${separator}${event.targetEndDate}` : null;
      return mail(
        'cohort-merged',
        '[기수 통합]',
        ['기수 통합', 'Cohort merged'],
        [
          target(' ~ ')
            ? `신청하신 교육 기수가 다른 기수와 통합되어, 신청이 ${target(' ~ ')} 기수로 옮겨졌습니다.`
            : '신청하신 교육 기수가 다른 기수와 통합되어, 신청이 통합된 기수로 옮겨졌습니다.',
          '옮겨진 기수의 선발 여부는 나의 교육에서 확인하세요.',
        ],
        [
          target(' to ')
            ? `The cohort you applied for was merged into another: your application moved to the cohort of ${target(' to ')}.`
            : 'The cohort you applied for was merged into another: your application moved there.',
          'See under My training whether you hold a seat in it.',
        ],
      );
    }
    case 'waitlist_closed':
      return mail(
        'waitlist-closed',
        '[대기 종료]',
        ['대기 종료', 'Waiting list closed'],
        ['교육이 시작되어 대기가 종료되었습니다.', '다음 기수에 다시 신청해 주세요.'],
        ['Training has begun, so your place on its waiting list has ended.', 'Please apply for a later cohort.'],
      );
  }
}
