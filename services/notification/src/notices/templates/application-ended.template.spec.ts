import type { ApplicationEndedV1 } from '@baeum/contracts';
import { inboxSummary } from '../../mail/templates/mail-template';
import { applicationEndedMail } from './application-ended.template';
import { cohortUnderFilledMail } from './cohort-under-filled.template';

const ended = (reason: ApplicationEndedV1['reason'], more: Partial<ApplicationEndedV1> = {}): ApplicationEndedV1 => ({
  applicationId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  cohortId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  traineeId: '4c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  agencyCode: 'MAPO-GU',
  reason,
  heldSeat: false,
  endedAt: '2027-03-02T00:00:00Z',
  courseNameKo: '신규임용자 과정',
  courseNameEn: 'Newly appointed officials',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  ...more,
});
const kim = { name: '김<교육>', locale: null };
const BASE = 'https://baeum.test';

describe('application ended and under-fill mails', () => {
  it.each([
    [
      'withdrawn',
      'application-withdrawn',
      '[신청 취소] 신규임용자 과정 신청 취소 / Application withdrawn: Newly appointed officials',
      '인재개발원이 교육 신청을 취소했습니다',
    ],
    [
      'rejected',
      'application-rejected',
      '[신청 반려] 신규임용자 과정 신청 반려 / Application not approved: Newly appointed officials',
      '반려되었습니다',
    ],
    [
      'cohort_cancelled',
      'cohort-cancelled',
      '[폐강] 신규임용자 과정 폐강 / Cohort cancelled: Newly appointed officials',
      '폐강되어 신청이 취소되었습니다',
    ],
    [
      'waitlist_closed',
      'waitlist-closed',
      '[대기 종료] 신규임용자 과정 대기 종료 / Waiting list closed: Newly appointed officials',
      '대기가 종료되었습니다',
    ],
  ] as const)('%s: its own template, Korean first, naming the course and its dates', (reason, template, subject, korean) => {
    const mail = applicationEndedMail(ended(reason), kim, BASE)!;
    expect(mail).toMatchObject({ template, subject, locale: 'ko' });
    expect(mail.text).toContain(korean);
    expect(mail.text).toContain('교육 과정: 신규임용자 과정 (2027-03-02 ~ 2027-03-06)');
    expect(mail.text.indexOf(korean)).toBeLessThan(mail.text.indexOf('Hello'));
    expect(mail.text).toContain('Course: Newly appointed officials (2027-03-02 to 2027-03-06)');
    expect(mail.text).toContain('https://baeum.test/my-training');
    expect(mail.html).not.toContain('<교육>');
    expect(inboxSummary(mail).body).toContain('신규임용자 과정');
  });

  it('says a held seat went with a withdrawal or a rejection', () => {
    expect(applicationEndedMail(ended('withdrawn', { heldSeat: true }), kim, BASE)!.text).toContain('선발도 함께 취소되었습니다');
    expect(applicationEndedMail(ended('rejected', { heldSeat: true }), kim, BASE)!.text).toContain('your seat is cancelled');
    expect(applicationEndedMail(ended('rejected'), kim, BASE)!.text).not.toContain('선발도');
  });

  it('names the cohort a merge moved the trainee to', () => {
    const mail = applicationEndedMail(ended('merged', { targetStartDate: '2027-03-16', targetEndDate: '2027-03-20' }), kim, BASE)!;
    expect(mail.template).toBe('cohort-merged');
    expect(mail.text).toContain('신청이 2027-03-16 ~ 2027-03-20 기수로 옮겨졌습니다');
    expect(mail.text).toContain('moved to the cohort of 2027-03-16 to 2027-03-20');
  });

  it('tells nothing of the trainee’s own cancellation, and speaks of "the training" when no course is named', () => {
    expect(applicationEndedMail(ended('cancelled'), kim, BASE)).toBeNull();
    const bare = applicationEndedMail(ended('cohort_cancelled', { courseNameKo: undefined, courseNameEn: undefined }), kim, BASE)!;
    expect(bare.subject).toBe('[폐강] 폐강 / Cohort cancelled');
    expect(bare.text).not.toContain('교육 과정:');
  });

  it('tells a course manager a cohort is short of its minimum, linking to course operations', () => {
    const mail = cohortUnderFilledMail(
      {
        cohortId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
        confirmed: 3,
        minimumFill: 10,
        checkedOn: '2027-02-20',
        courseNameKo: '신규임용자 과정',
        startDate: '2027-03-02',
        endDate: '2027-03-06',
      },
      { name: '김운영', locale: 'en' },
      BASE,
    );
    expect(mail).toMatchObject({
      template: 'cohort-under-filled',
      locale: 'en',
      subject: '[최소 인원 미달] 신규임용자 과정 결정 필요 / Below its minimum fill: 신규임용자 과정',
    });
    expect(mail.text).toContain('확정 인원이 3명으로 최소 인원 10명에 못 미칩니다 (2027-02-20 기준)');
    expect(mail.text).toContain('모집 연장, 다른 기수와 통합 또는 폐강을 결정하세요');
    expect(mail.text).toContain('3 confirmed, below the minimum of 10');
    expect(mail.text).toContain('https://baeum.test/roster');
  });
});
