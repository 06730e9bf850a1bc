import { cohortRescheduledMail } from './cohort-rescheduled.template';

const event = {
  applicationId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  cohortId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  traineeId: '4c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  standing: 'confirmed' as const,
  courseNameKo: '신규임용자 <과정>',
  courseNameEn: 'Newly appointed officials',
  cohortNo: 2,
  changed: ['dates' as const, 'venue' as const],
  oldStartDate: '2027-03-02',
  oldEndDate: '2027-03-06',
  oldDailyStartTime: '09:00',
  oldDailyEndTime: '18:00',
  oldRoomName: '대강당',
  startDate: '2027-03-09',
  endDate: '2027-03-13',
  dailyStartTime: '09:00',
  dailyEndTime: '18:00',
  roomName: '제1강의실',
};

describe('cohortRescheduledMail', () => {
  it('tells what changed, before and after, Korean first, escaped, linking to 나의 교육', () => {
    const mail = cohortRescheduledMail(event, { name: '정교육생', locale: null }, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'cohort-rescheduled', locale: 'ko' });
    expect(mail.subject).toBe('[교육 변경] 신규임용자 <과정> 2기 일정·장소 변경 / Your training has changed');
    expect(mail.text).toContain('선발된 교육 「신규임용자 <과정> 2기」의 일정·장소가 변경되었습니다.');
    expect(mail.text).toContain('교육기간: 2027-03-02 ~ 2027-03-06 → 2027-03-09 ~ 2027-03-13');
    expect(mail.text).toContain('교육시간: 09:00–18:00');
    expect(mail.text).toContain('교육장소: 대강당 → 제1강의실');
    expect(mail.text).toContain('Venue: 대강당 → 제1강의실');
    expect(mail.text).toContain('Newly appointed officials, cohort 2');
    expect(mail.text).toContain('https://baeum.test/my-training');
    expect(mail.html).not.toContain('<과정>');
  });

  it('tells a waitlisted trainee of new hours, and copes with a cohort of no room or English name', () => {
    const mail = cohortRescheduledMail(
      {
        ...event,
        standing: 'waitlisted',
        courseNameEn: undefined,
        changed: ['times'],
        oldDailyStartTime: '09:00',
        dailyStartTime: '10:00',
        oldRoomName: undefined,
        roomName: undefined,
        oldStartDate: '2027-03-09',
        oldEndDate: '2027-03-13',
      },
      { name: 'Kim', locale: 'en' },
      'https://baeum.test',
    );
    expect(mail.locale).toBe('en');
    expect(mail.text).toContain('대기 중인 교육 「신규임용자 <과정> 2기」의 시간이 변경되었습니다.');
    expect(mail.text).toContain('교육시간: 09:00–18:00 → 10:00–18:00');
    expect(mail.text).not.toContain('교육장소');
    expect(mail.text).toContain('you are waiting for, 신규임용자 <과정>, cohort 2');
  });
});
