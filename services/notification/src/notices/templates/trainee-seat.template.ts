import type { SeatConfirmedV1, SeatReleasedV1, SeatWaitlistedV1, TraineeCompletedV1 } from '@baeum/contracts';
import { absoluteLink, renderBody, RenderedMail } from '../../mail/templates/mail-template';

type Person = { name: string; locale: 'ko' | 'en' | null };

/**
 * Where a trainee reads their applications, seats, completions and certificates (나의 교육). The seat
 * events name no course: the mail says what happened and links there for which one.
 */
const MY_TRAINING = '/my-training';
const SIGNATURE = '배움 Baeum';

function traineeMail(
  template: string,
  person: Person,
  publicBaseUrl: string,
  subject: string,
  korean: string[],
  english: string[],
): RenderedMail {
  const link = absoluteLink(publicBaseUrl, MY_TRAINING);
  const { text, html } = renderBody(
    [{ text: `${person.name}님, 안녕하세요.` }, ...korean.map((text) => ({ text })), { link, label: '나의 교육 보기' }],
    [{ text: `Hello ${person.name},` }, ...english.map((text) => ({ text })), { link, label: 'Open my training' }],
    SIGNATURE,
  );
  return { template, locale: person.locale ?? 'ko', subject, text, html };
}

/** 선발 확정: a seat is the trainee's; promoted from the waitlist, the mail says so. */
export function seatConfirmedMail(event: SeatConfirmedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const promoted = event.via === 'waitlist';
  return traineeMail(
    promoted ? 'seat-promoted' : 'seat-confirmed',
    person,
    publicBaseUrl,
    promoted ? '[선발 확정] 대기에서 선발로 확정되었습니다 / Promoted from the waitlist' : '[선발 확정] 교육 선발 확정 / Seat confirmed',
    [
      promoted ? '대기 중이던 교육에 자리가 나서 선발이 확정되었습니다.' : '신청하신 교육에 선발이 확정되었습니다.',
      '교육 과정과 일정은 나의 교육에서 확인하세요.',
    ],
    [
      promoted
        ? 'A seat became free in the training you were waiting for: your seat is confirmed.'
        : 'Your seat in the training you applied for is confirmed.',
      'See the course and its dates under My training.',
    ],
  );
}

/** 대기: the cohort is full; the trainee waits at `position`, 1 being next. */
export function seatWaitlistedMail(event: SeatWaitlistedV1, person: Person, publicBaseUrl: string): RenderedMail {
  return traineeMail(
    'seat-waitlisted',
    person,
    publicBaseUrl,
    `[대기] 교육 대기 ${event.position}번 / Waitlisted, number ${event.position}`,
    [
      `신청하신 교육의 정원이 차서 대기 ${event.position}번으로 등록되었습니다.`,
      '자리가 나면 순서대로 선발되며, 선발되면 다시 알려 드립니다.',
    ],
    [
      `The training you applied for is full: you are number ${event.position} on its waiting list.`,
      'Seats that become free go to the waiting list in order; we will tell you if you get one.',
    ],
  );
}

/**
 * 선발 취소: a confirmed seat was given up by someone other than the trainee, or the cohort was
 * cancelled. The trainee's own cancellation tells them nothing new: no mail (null).
 */
export function seatReleasedMail(event: SeatReleasedV1, person: Person, publicBaseUrl: string): RenderedMail | null {
  switch (event.reason) {
    case 'cohort_cancelled':
      return traineeMail(
        'seat-released-cohort-cancelled',
        person,
        publicBaseUrl,
        '[교육 취소] 선발된 교육 기수가 취소되었습니다 / Your training was cancelled',
        ['선발되신 교육 기수가 취소(또는 다른 기수와 통합)되어 선발이 취소되었습니다.', '다른 기수는 수강신청에서 찾을 수 있습니다.'],
        [
          'The cohort you had a seat in was cancelled (or merged into another): your seat is cancelled.',
          'Other cohorts are open under Apply for courses.',
        ],
      );
    case 'rejected':
      return traineeMail(
        'seat-released-rejected',
        person,
        publicBaseUrl,
        '[선발 취소] 교육 신청이 반려되었습니다 / Your application was rejected',
        ['선발되셨던 교육 신청이 승인 단계에서 반려되어 선발이 취소되었습니다.', '사유는 나의 교육 또는 소속 기관에 확인하세요.'],
        ['Your application was rejected at its approval: your seat is cancelled.', 'See My training or ask your agency why.'],
      );
    case 'withdrawn':
      return traineeMail(
        'seat-released-withdrawn',
        person,
        publicBaseUrl,
        '[선발 취소] 교육 선발이 취소되었습니다 / Your seat was withdrawn',
        ['소속 기관 또는 교육 담당자가 교육 신청을 취소하여 선발이 취소되었습니다.', '궁금한 점은 소속 기관에 문의하세요.'],
        ['Your agency or the course manager withdrew your application: your seat is cancelled.', 'Ask your agency if in doubt.'],
      );
    case 'cancelled':
      return null;
  }
}

/** 수료: the trainee completed; the certificate is downloaded from My training. */
export function traineeCompletedMail(event: TraineeCompletedV1, person: Person, publicBaseUrl: string): RenderedMail {
  return traineeMail(
    'trainee-completed',
    person,
    publicBaseUrl,
    `[수료] 교육을 수료하셨습니다 / Training completed`,
    [
      `교육을 수료하셨습니다 (수료일 ${event.completedOn}, 출석률 ${event.attendancePercent}%).`,
      `수료증 번호는 ${event.certificateNo}이며, 수료증은 나의 교육에서 내려받을 수 있습니다.`,
    ],
    [
      `You completed your training on ${event.completedOn} (attendance ${event.attendancePercent}%).`,
      `Your certificate is number ${event.certificateNo}; download it under My training.`,
    ],
  );
}
