import type { CohortLabel, SeatConfirmedV1, SeatWaitlistedV1, TraineeCompletedV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

export type Person = { name: string; locale: 'ko' | 'en' | null };

/** The course a mail is about, as its events name it: its names, and its dates in each language. */
export interface CourseNamed {
  nameKo: string;
  nameEn: string;
  datesKo: string;
  datesEn: string;
}

/**
 * The course an event names, or null when it names none (events written before they carried it):
 * the mail then speaks of "the training" and links to 나의 교육 for which one. An English name
 * missing, the Korean one stands in.
 */
export function courseOf(label: CohortLabel): CourseNamed | null {
  if (!label.courseNameKo) return null;
  const dates = (separator: string) => (label.startDate && label.endDate ? ` (${label.startDate}${separator}${label.endDate})` : '');
  return {
    nameKo: oneLine(label.courseNameKo),
    nameEn: oneLine(label.courseNameEn || label.courseNameKo),
    datesKo: dates(' ~ '),
    datesEn: dates(' to '),
  };
}

/** The subject: the tag, the course's Korean name when known, what happened; then the English, with the course's English name. */
export function subjectOf(tag: string, course: CourseNamed | null, korean: string, english: string): string {
  return course ? `${tag} ${course.nameKo} ${korean} / ${english}: ${course.nameEn}` : `${tag} ${korean} / ${english}`;
}

/**
 * Where a trainee reads their applications, seats, completions and certificates (나의 교육). A mail
 * names the course when its event does (since they carry it), and links there in any case.
 */
const MY_TRAINING = '/my-training';
const SIGNATURE = '배움 Baeum';

/** A mail to a trainee: the greeting, the course when the event names it, what happened, and the link to 나의 교육. */
export function traineeMail(
  template: string,
  person: Person,
  publicBaseUrl: string,
  subject: string,
  korean: string[],
  english: string[],
  course: CourseNamed | null = null,
): RenderedMail {
  const link = absoluteLink(publicBaseUrl, MY_TRAINING);
  const named = (label: string, name: string, dates: string) => (course ? [{ text: `${label}: ${name}${dates}` }] : []);
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      ...named('교육 과정', course?.nameKo ?? '', course?.datesKo ?? ''),
      ...korean.map((text) => ({ text })),
      { link, label: '나의 교육 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      ...named('Course', course?.nameEn ?? '', course?.datesEn ?? ''),
      ...english.map((text) => ({ text })),
      { link, label: 'Open my training' },
    ],
    SIGNATURE,
  );
  return { template, locale: person.locale ?? 'ko', subject, text, html };
}

/** 선발 확정: a seat is the trainee's; promoted from the waitlist, the mail says so. */
export function seatConfirmedMail(event: SeatConfirmedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const promoted = event.via === 'waitlist';
  const course = courseOf(event);
  return traineeMail(
    promoted ? 'seat-promoted' : 'seat-confirmed',
    person,
    publicBaseUrl,
    promoted
      ? subjectOf('[선발 확정]', course, '대기에서 선발로 확정되었습니다', 'Promoted from the waitlist')
      : course
        ? subjectOf('[선발 확정]', course, '선발 확정', 'Seat confirmed')
        : '[선발 확정] 교육 선발 확정 / Seat confirmed',
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
    course,
  );
}

/** 대기: the cohort is full; the trainee waits at `position`, 1 being next. */
export function seatWaitlistedMail(event: SeatWaitlistedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const course = courseOf(event);
  return traineeMail(
    'seat-waitlisted',
    person,
    publicBaseUrl,
    course
      ? subjectOf('[대기]', course, `대기 ${event.position}번`, `Waitlisted, number ${event.position}`)
      : `[대기] 교육 대기 ${event.position}번 / Waitlisted, number ${event.position}`,
    [
      `신청하신 교육의 정원이 차서 대기 ${event.position}번으로 등록되었습니다.`,
      '자리가 나면 순서대로 선발되며, 선발되면 다시 알려 드립니다.',
    ],
    [
      `The training you applied for is full: you are number ${event.position} on its waiting list.`,
      'Seats that become free go to the waiting list in order; we will tell you if you get one.',
    ],
    course,
  );
}

/** 수료: the trainee completed; the certificate is downloaded from My training. */
export function traineeCompletedMail(event: TraineeCompletedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const course = courseOf(event);
  return traineeMail(
    'trainee-completed',
    person,
    publicBaseUrl,
    subjectOf('[수료]', course, course ? '수료' : '교육을 수료하셨습니다', 'Training completed'),
    [
      `교육을 수료하셨습니다 (수료일 ${event.completedOn}, 출석률 ${event.attendancePercent}%).`,
      `수료증 번호는 ${event.certificateNo}이며, 수료증은 나의 교육에서 내려받을 수 있습니다.`,
    ],
    [
      `You completed your training on ${event.completedOn} (attendance ${event.attendancePercent}%).`,
      `Your certificate is number ${event.certificateNo}; download it under My training.`,
    ],
    course,
  );
}
