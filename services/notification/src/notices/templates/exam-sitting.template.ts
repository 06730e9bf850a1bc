import type { ExamResultAnnouncedV1, ExamSeatAssignedV1, InterviewScheduledV1 } from '@baeum/contracts';
import { absoluteLink, Block, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

type Person = { name: string; locale: 'ko' | 'en' | null };

/** Where an applicant reads their applications, seat and interview slot (내 원서), and their results. */
const MY_APPLICATIONS = '/exam-my';
const myResults = (examId: string) => `/exam-results?exam=${encodeURIComponent(examId)}`;
const SIGNATURE = '배움 Baeum';

const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
/** 2027-05-15 (토) */
const dayKo = (date: string) => `${date} (${WEEKDAYS_KO[weekday(date)]})`;
/** Sat 2027-05-15 */
const dayEn = (date: string) => `${WEEKDAYS_EN[weekday(date)]} ${date}`;

type ExamNames = Pick<ExamSeatAssignedV1, 'examTitleKo' | 'jobSeriesKo' | 'grade' | 'examNumber'>;
const position = (e: ExamNames) => `${oneLine(e.jobSeriesKo)} ${e.grade}급`;
const examLine = (e: ExamNames) => `${oneLine(e.examTitleKo)} ${position(e)} (응시번호 ${e.examNumber})`;
const examLineEn = (e: ExamNames) => `${oneLine(e.examTitleKo)}, ${oneLine(e.jobSeriesKo)} grade ${e.grade} (exam number ${e.examNumber})`;

function examMail(
  template: string,
  person: Person,
  subject: string,
  link: string,
  korean: Block[],
  english: Block[],
  labels: { ko: string; en: string },
): RenderedMail {
  const { text, html } = renderBody(
    [{ text: `${person.name}님, 안녕하세요.` }, ...korean, { link, label: labels.ko }],
    [{ text: `Hello ${person.name},` }, ...english, { link, label: labels.en }],
    SIGNATURE,
  );
  return { template, locale: person.locale ?? 'ko', subject, text, html };
}

/** 수험번호·시험장 안내: the exam number, the venue, room and seat, and when to be seated; a moved seat says so. */
export function seatAssignedMail(event: ExamSeatAssignedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const venue = `${oneLine(event.venueNameKo)} ${oneLine(event.roomName)} ${event.seatNo}번 좌석`;
  const venueEn = `${oneLine(event.venueNameKo)}, room ${oneLine(event.roomName)}, seat ${event.seatNo}`;
  const address = oneLine(event.venueAddress);
  return examMail(
    event.moved ? 'exam-seat-changed' : 'exam-seat-assigned',
    person,
    event.moved
      ? `[시험장 변경] 응시번호 ${event.examNumber} 시험장이 변경되었습니다 / Your exam seat has changed`
      : `[시험장 안내] 응시번호 ${event.examNumber} · ${position(event)} / Your exam number and venue`,
    absoluteLink(publicBaseUrl, MY_APPLICATIONS),
    [
      { text: `${examLine(event)}의 ${event.moved ? '시험장이 다음과 같이 변경되었습니다.' : '시험장이 배정되었습니다.'}` },
      { text: `응시번호: ${event.examNumber}` },
      { text: `시험장: ${venue}${address ? ` (${address})` : ''}` },
      { text: `시험일시: ${dayKo(event.examDate)} ${event.startsAt} (${event.seatedBy}까지 입실)` },
      { text: '응시표는 내 원서에서 내려받을 수 있습니다. 시험 당일 응시표와 신분증을 지참하세요.' },
    ],
    [
      {
        text: `${event.moved ? 'Your seat for' : 'You have been given a seat for'} ${examLineEn(event)}${event.moved ? ' has changed' : ''}.`,
      },
      { text: `Exam number: ${event.examNumber}` },
      { text: `Venue: ${venueEn}${address ? ` (${address})` : ''}` },
      { text: `Date and time: ${dayEn(event.examDate)}, ${event.startsAt} (be seated by ${event.seatedBy})` },
      { text: 'Download your admission ticket under My applications; bring it and an identity card on the day.' },
    ],
    { ko: '내 원서·응시표 보기', en: 'Open my applications' },
  );
}

const RESULT_KO: Record<ExamResultAnnouncedV1['result'], string> = { pass: '합격', fail: '불합격', absent: '결시' };
const RESULT_EN: Record<ExamResultAnnouncedV1['result'], string> = { pass: 'passed', fail: 'not passed', absent: 'absent' };

/** 필기·최종 합격자 발표: the applicant's own result of the stage, nothing else. */
export function resultAnnouncedMail(event: ExamResultAnnouncedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const stageKo = event.stage === 'written' ? '필기시험' : '최종';
  const stageEn = event.stage === 'written' ? 'written exam' : 'final';
  const next: Block[] =
    event.result === 'pass'
      ? [
          {
            text:
              event.stage === 'written'
                ? '축하합니다. 면접시험 일정은 정해지는 대로 알려 드립니다.'
                : '축하합니다. 임용 절차는 따로 안내해 드립니다.',
          },
        ]
      : [];
  const nextEn: Block[] =
    event.result === 'pass'
      ? [
          {
            text:
              event.stage === 'written'
                ? 'Congratulations. We will tell you your interview slot once it is set.'
                : 'Congratulations. You will be told about the appointment separately.',
          },
        ]
      : [];
  return examMail(
    `exam-result-${event.stage}`,
    person,
    `[${stageKo} 합격자 발표] ${position(event)} 결과 안내 / ${event.stage === 'written' ? 'Written exam' : 'Final'} results published`,
    absoluteLink(publicBaseUrl, myResults(event.examId)),
    [
      { text: `${examLine(event)}의 ${stageKo} 합격자가 발표되었습니다.` },
      { text: `${person.name}님의 ${stageKo} 결과: ${RESULT_KO[event.result]}` },
      ...next,
    ],
    [
      { text: `The ${stageEn} results of ${examLineEn(event)} have been published.` },
      { text: `Your ${stageEn} result: ${RESULT_EN[event.result]}` },
      ...nextEn,
    ],
    { ko: '합격자 조회', en: 'Look up my result' },
  );
}

/** 면접시험 안내: the applicant's interview day, time and room. */
export function interviewScheduledMail(event: InterviewScheduledV1, person: Person, publicBaseUrl: string): RenderedMail {
  const room = oneLine(event.room);
  return examMail(
    'exam-interview-scheduled',
    person,
    `[면접시험 안내] ${dayKo(event.heldOn)} ${event.startsAt} · 응시번호 ${event.examNumber} / Your interview`,
    absoluteLink(publicBaseUrl, MY_APPLICATIONS),
    [
      { text: `${examLine(event)}의 면접시험 일정이 정해졌습니다.` },
      { text: `면접일시: ${dayKo(event.heldOn)} ${event.startsAt} (30분 전까지 대기실 도착)` },
      { text: `면접실: ${room}` },
      { text: '면접시험 응시표는 내 원서에서 내려받을 수 있습니다.' },
    ],
    [
      { text: `Your interview for ${examLineEn(event)} has been scheduled.` },
      { text: `Date and time: ${dayEn(event.heldOn)}, ${event.startsAt} (arrive 30 minutes early)` },
      { text: `Room: ${room}` },
      { text: 'Download your interview ticket under My applications.' },
    ],
    { ko: '내 원서·면접 응시표 보기', en: 'Open my applications' },
  );
}
