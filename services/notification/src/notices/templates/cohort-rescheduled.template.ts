import type { TraineeCohortRescheduledV1 } from '@baeum/contracts';
import { absoluteLink, Block, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

type Person = { name: string; locale: 'ko' | 'en' | null };

/** Where a trainee reads their applications, seats and cohorts' dates (나의 교육). */
const MY_TRAINING = '/my-training';
const SIGNATURE = '배움 Baeum';

const STANDING_KO: Record<TraineeCohortRescheduledV1['standing'], string> = {
  confirmed: '선발된',
  waitlisted: '대기 중인',
  pending: '신청하신',
  approved: '신청하신',
};
const STANDING_EN: Record<TraineeCohortRescheduledV1['standing'], string> = {
  confirmed: 'you have a seat in',
  waitlisted: 'you are waiting for',
  pending: 'you applied for',
  approved: 'you applied for',
};

type Schedule = { startDate: string; endDate: string; dailyStartTime?: string; dailyEndTime?: string; roomName?: string };
const dates = (s: Schedule) => (s.startDate === s.endDate ? s.startDate : `${s.startDate} ~ ${s.endDate}`);
const hours = (s: Schedule) => (s.dailyStartTime && s.dailyEndTime ? `${s.dailyStartTime}–${s.dailyEndTime}` : '');
const room = (s: Schedule, none: string) => (s.roomName ? oneLine(s.roomName) : none);

/** 이 after a final consonant, else 가 (일정이, 장소가). */
const subjectParticle = (word: string) => {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0 ? '이' : '가';
};

/** Before and after of each part that changed, or the part as it stays. */
function lines(event: TraineeCohortRescheduledV1, ko: boolean): Block[] {
  const before: Schedule = {
    startDate: event.oldStartDate,
    endDate: event.oldEndDate,
    dailyStartTime: event.oldDailyStartTime,
    dailyEndTime: event.oldDailyEndTime,
    roomName: event.oldRoomName,
  };
  const changed = new Set(event.changed);
  const none = ko ? '미정' : 'to be announced';
  const row = (label: string, part: 'dates' | 'times' | 'venue', show: (s: Schedule) => string): Block[] => {
    const now = show(event);
    if (!now && !show(before)) return [];
    return [{ text: changed.has(part) ? `${label}: ${show(before) || none} → ${now || none}` : `${label}: ${now || none}` }];
  };
  return ko
    ? [...row('교육기간', 'dates', dates), ...row('교육시간', 'times', hours), ...row('교육장소', 'venue', (s) => room(s, ''))]
    : [...row('Dates', 'dates', dates), ...row('Daily hours', 'times', hours), ...row('Venue', 'venue', (s) => room(s, ''))];
}

/** 교육 일정·장소 변경: the cohort a trainee holds, waits for or applied to moved its dates, hours or room. */
export function cohortRescheduledMail(event: TraineeCohortRescheduledV1, person: Person, publicBaseUrl: string): RenderedMail {
  const course = `${oneLine(event.courseNameKo)}${event.cohortNo ? ` ${event.cohortNo}기` : ''}`;
  const courseEn = `${oneLine(event.courseNameEn ?? event.courseNameKo)}${event.cohortNo ? `, cohort ${event.cohortNo}` : ''}`;
  const what = [
    ...(event.changed.includes('dates') ? ['일정'] : []),
    ...(event.changed.includes('times') ? ['시간'] : []),
    ...(event.changed.includes('venue') ? ['장소'] : []),
  ].join('·');
  const link = absoluteLink(publicBaseUrl, MY_TRAINING);
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      { text: `${STANDING_KO[event.standing]} 교육 「${course}」의 ${what || '일정'}${subjectParticle(what || '일정')} 변경되었습니다.` },
      ...lines(event, true),
      { text: '변경된 일정으로 참석이 어려우면 나의 교육에서 신청을 취소할 수 있습니다.' },
      { link, label: '나의 교육 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      { text: `The training ${STANDING_EN[event.standing]}, ${courseEn}, has changed.` },
      ...lines(event, false),
      { text: 'If you cannot attend as changed, you can cancel your application under My training.' },
      { link, label: 'Open my training' },
    ],
    SIGNATURE,
  );
  return {
    template: 'cohort-rescheduled',
    locale: person.locale ?? 'ko',
    subject: `[교육 변경] ${course} ${what || '일정'} 변경 / Your training has changed`,
    text,
    html,
  };
}
