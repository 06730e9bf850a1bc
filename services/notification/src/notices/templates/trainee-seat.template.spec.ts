import { courseOf, seatConfirmedMail, seatWaitlistedMail, traineeCompletedMail } from './trainee-seat.template';

const seat = {
  applicationId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  cohortId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  traineeId: '4c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  agencyCode: 'MAPO-GU',
};
const kim = { name: '김<교육>', locale: null };
const BASE = 'https://baeum.test';

describe('trainee seat and completion mails', () => {
  it('confirms a seat in Korean first, then English, linking to 나의 교육, the name escaped in HTML', () => {
    const mail = seatConfirmedMail({ ...seat, via: 'application', confirmedAt: '2027-03-02T01:00:00Z' }, kim, BASE);
    expect(mail).toMatchObject({ template: 'seat-confirmed', locale: 'ko', subject: '[선발 확정] 교육 선발 확정 / Seat confirmed' });
    expect(mail.text.indexOf('신청하신 교육에 선발이 확정되었습니다')).toBeLessThan(mail.text.indexOf('Your seat in the training'));
    expect(mail.text).toContain('https://baeum.test/my-training');
    expect(mail.html).not.toContain('<교육>');
  });

  it('says a seat from the waitlist is a promotion', () => {
    const mail = seatConfirmedMail({ ...seat, via: 'waitlist', confirmedAt: '2027-03-02T01:00:00Z' }, kim, BASE);
    expect(mail.template).toBe('seat-promoted');
    expect(mail.subject).toContain('대기에서 선발로 확정');
    expect(mail.text).toContain('대기 중이던 교육에 자리가 나서 선발이 확정되었습니다');
    expect(mail.text).toContain('A seat became free in the training you were waiting for');
  });

  it('tells the waiting position', () => {
    const mail = seatWaitlistedMail({ ...seat, position: 3 }, { name: 'Kim', locale: 'en' }, BASE);
    expect(mail).toMatchObject({ template: 'seat-waitlisted', locale: 'en', subject: '[대기] 교육 대기 3번 / Waitlisted, number 3' });
    expect(mail.text).toContain('대기 3번으로 등록되었습니다');
    expect(mail.text).toContain('you are number 3 on its waiting list');
  });

  it('names the course and its dates when the event carries them, the Korean name standing in for a missing English one', () => {
    const label = {
      courseNameKo: '신규임용자 과정',
      courseNameEn: 'Newly appointed officials',
      startDate: '2027-03-02',
      endDate: '2027-03-06',
    };
    const mail = seatConfirmedMail({ ...seat, via: 'application', confirmedAt: '2027-03-02T01:00:00Z', ...label }, kim, BASE);
    expect(mail.subject).toBe('[선발 확정] 신규임용자 과정 선발 확정 / Seat confirmed: Newly appointed officials');
    expect(mail.text).toContain('교육 과정: 신규임용자 과정 (2027-03-02 ~ 2027-03-06)');
    expect(mail.text).toContain('Course: Newly appointed officials (2027-03-02 to 2027-03-06)');
    const waitlisted = seatWaitlistedMail({ ...seat, position: 2, ...label }, kim, BASE);
    expect(waitlisted.subject).toBe('[대기] 신규임용자 과정 대기 2번 / Waitlisted, number 2: Newly appointed officials');
    expect(courseOf({ courseNameKo: '청렴 교육', startDate: '2027-05-01', endDate: '2027-05-02' })).toEqual({
      nameKo: '청렴 교육',
      nameEn: '청렴 교육',
      datesKo: ' (2027-05-01 ~ 2027-05-02)',
      datesEn: ' (2027-05-01 to 2027-05-02)',
    });
    expect(courseOf({})).toBeNull();
  });

  it('tells a completion, its certificate number and where to download the certificate', () => {
    const mail = traineeCompletedMail(
      { ...seat, courseId: seat.cohortId, completedOn: '2027-03-06', attendancePercent: 95, certificateNo: '2027-NEWCOMER-001' },
      kim,
      BASE,
    );
    expect(mail).toMatchObject({ template: 'trainee-completed', subject: '[수료] 교육을 수료하셨습니다 / Training completed' });
    expect(mail.text).toContain('교육을 수료하셨습니다 (수료일 2027-03-06, 출석률 95%)');
    expect(mail.text).toContain('수료증 번호는 2027-NEWCOMER-001');
    expect(mail.text).toContain('download it under My training');
    expect(mail.text).toContain('https://baeum.test/my-training');
  });

  it('names the course of a completion in its subject', () => {
    const mail = traineeCompletedMail(
      {
        ...seat,
        courseId: seat.cohortId,
        completedOn: '2027-03-06',
        attendancePercent: 95,
        certificateNo: 'X',
        courseNameKo: '신규임용자 과정',
      },
      kim,
      BASE,
    );
    expect(mail.subject).toBe('[수료] 신규임용자 과정 수료 / Training completed: 신규임용자 과정');
    expect(mail.text).toContain('교육 과정: 신규임용자 과정');
  });
});
