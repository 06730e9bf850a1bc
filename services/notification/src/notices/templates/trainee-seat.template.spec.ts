import { seatConfirmedMail, seatReleasedMail, seatWaitlistedMail, traineeCompletedMail } from './trainee-seat.template';

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

  it('tells a seat released by the cohort’s cancellation, a rejection or a withdrawal, and nothing for the trainee’s own cancellation', () => {
    const released = (reason: 'cancelled' | 'withdrawn' | 'rejected' | 'cohort_cancelled') =>
      seatReleasedMail({ ...seat, reason, releasedAt: '2027-03-02T01:00:00Z' }, kim, BASE);
    expect(released('cohort_cancelled')).toMatchObject({ template: 'seat-released-cohort-cancelled' });
    expect(released('cohort_cancelled')!.text).toContain('선발되신 교육 기수가 취소');
    expect(released('rejected')!.text).toContain('반려되어 선발이 취소되었습니다');
    expect(released('withdrawn')!.text).toContain('Your agency or the course manager withdrew your application');
    expect(released('cancelled')).toBeNull();
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
});
