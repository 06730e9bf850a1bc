import { interviewScheduledMail, resultAnnouncedMail, seatAssignedMail } from './exam-sitting.template';

const names = {
  applicationId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  examId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  applicantUserId: '4c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  examTitleKo: '2027년 <제1회> 임용시험',
  jobSeriesKo: '일반행정',
  grade: 9,
  examNumber: '10100001',
};
const person = { name: '김응시', locale: null };
const seat = {
  ...names,
  venueNameKo: '서울공업고등학교',
  venueAddress: '서울특별시 관악구 관악로 1',
  roomName: '101호',
  seatNo: 7,
  examDate: '2027-05-15',
  startsAt: '10:00',
  seatedBy: '09:20',
  moved: false,
};

describe('seatAssignedMail', () => {
  it('tells the exam number, venue, room, seat, day and time, Korean first, escaped, linking to 내 원서', () => {
    const mail = seatAssignedMail(seat, person, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'exam-seat-assigned', locale: 'ko' });
    expect(mail.subject).toBe('[시험장 안내] 응시번호 10100001 · 일반행정 9급 / Your exam number and venue');
    expect(mail.text).toContain('응시번호: 10100001');
    expect(mail.text).toContain('시험장: 서울공업고등학교 101호 7번 좌석 (서울특별시 관악구 관악로 1)');
    expect(mail.text).toContain('시험일시: 2027-05-15 (토) 10:00 (09:20까지 입실)');
    expect(mail.text).toContain('Date and time: Sat 2027-05-15, 10:00 (be seated by 09:20)');
    expect(mail.text.indexOf('김응시님')).toBeLessThan(mail.text.indexOf('Hello 김응시'));
    expect(mail.text).toContain('https://baeum.test/exam-my');
    expect(mail.html).not.toContain('<제1회>');
  });

  it('says so when the seat was moved', () => {
    const mail = seatAssignedMail({ ...seat, moved: true }, { name: 'Kim', locale: 'en' }, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'exam-seat-changed', locale: 'en' });
    expect(mail.subject).toContain('[시험장 변경]');
    expect(mail.text).toContain('시험장이 다음과 같이 변경되었습니다');
    expect(mail.text).toContain('has changed');
  });
});

describe('resultAnnouncedMail', () => {
  const result = { ...names, stage: 'written' as const, result: 'pass' as const, publishedAt: '2027-06-01T01:00:00Z' };

  it("tells the applicant their own written result, linking to the exam's result lookup", () => {
    const mail = resultAnnouncedMail(result, person, 'https://baeum.test');
    expect(mail).toMatchObject({
      template: 'exam-result-written',
      subject: '[필기시험 합격자 발표] 일반행정 9급 결과 안내 / Written exam results published',
    });
    expect(mail.text).toContain('김응시님의 필기시험 결과: 합격');
    expect(mail.text).toContain('Your written exam result: passed');
    expect(mail.text).toContain('면접시험 일정은 정해지는 대로 알려 드립니다');
    expect(mail.text).toContain(`https://baeum.test/exam-results?exam=${names.examId}`);
  });

  it('tells a final fail plainly, with no next step', () => {
    const mail = resultAnnouncedMail({ ...result, stage: 'final', result: 'fail' }, person, 'https://baeum.test');
    expect(mail.template).toBe('exam-result-final');
    expect(mail.text).toContain('최종 결과: 불합격');
    expect(mail.text).toContain('Your final result: not passed');
    expect(mail.text).not.toContain('축하');
  });

  it('tells an absence as such', () => {
    expect(resultAnnouncedMail({ ...result, result: 'absent' }, person, 'https://baeum.test').text).toContain('필기시험 결과: 결시');
  });
});

describe('interviewScheduledMail', () => {
  it('tells the interview day, time and room', () => {
    const mail = interviewScheduledMail(
      { ...names, heldOn: '2027-06-10', startsAt: '14:00', room: '면접실 2' },
      person,
      'https://baeum.test',
    );
    expect(mail).toMatchObject({ template: 'exam-interview-scheduled' });
    expect(mail.subject).toBe('[면접시험 안내] 2027-06-10 (목) 14:00 · 응시번호 10100001 / Your interview');
    expect(mail.text).toContain('면접일시: 2027-06-10 (목) 14:00 (30분 전까지 대기실 도착)');
    expect(mail.text).toContain('면접실: 면접실 2');
    expect(mail.text).toContain('Room: 면접실 2');
    expect(mail.text).toContain('https://baeum.test/exam-my');
  });
});
