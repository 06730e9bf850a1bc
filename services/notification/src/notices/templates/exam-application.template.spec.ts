import { applicationSubmittedMail, feePaidMail } from './exam-application.template';

const submitted = {
  applicationId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  examId: '3c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  positionId: '4c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  jobSeries: 'general_admin',
  grade: 9,
  feeAmount: '5000',
  submittedAt: '2027-03-02T01:00:00.000Z',
  examTitleKo: '2027년 <제1회> 임용시험',
  jobSeriesKo: '일반행정',
};

describe('applicationSubmittedMail', () => {
  it('tells the applicant in Korean first, then English, what arrived and the fee still due, escaped', () => {
    const mail = applicationSubmittedMail(submitted, { name: '김응시', locale: null }, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'exam-application-submitted', locale: 'ko' });
    expect(mail.subject).toBe('[원서 접수] 일반행정 9급 응시원서 접수 / Application received');
    expect(mail.text.indexOf('김응시님')).toBeLessThan(mail.text.indexOf('Hello 김응시'));
    expect(mail.text).toContain('응시수수료 5,000원을 접수 기간 안에 결제해야');
    expect(mail.text).toContain('https://baeum.test/exam-my');
    expect(mail.html).not.toContain('<제1회>');
  });

  it('says a free exam’s application is complete, and names the position by its code when an older event has no Korean name', () => {
    const { examTitleKo: _title, jobSeriesKo: _series, ...older } = submitted;
    const mail = applicationSubmittedMail({ ...older, feeAmount: '0' }, { name: 'Kim', locale: 'en' }, 'https://baeum.test');
    expect(mail.locale).toBe('en');
    expect(mail.subject).toContain('general_admin 9급');
    expect(mail.text).toContain('응시수수료가 없는 시험이므로 접수가 완료되었습니다');
    expect(mail.text).toContain('This exam has no fee');
  });
});

describe('feePaidMail', () => {
  it('tells the applicant the fee arrived and the application is complete', () => {
    const mail = feePaidMail(
      { applicationId: submitted.applicationId, examId: submitted.examId, amount: '18000', paidOn: '2027-03-03', paymentRef: 'PAY-1' },
      { name: '김응시', locale: null },
      'https://baeum.test',
    );
    expect(mail).toMatchObject({ template: 'exam-fee-paid', subject: '[결제 완료] 응시수수료 18,000원 / Exam fee received' });
    expect(mail.text).toContain('응시수수료 18,000원의 결제가 확인되어 원서 접수가 완료되었습니다 (2027-03-03)');
    expect(mail.text).toContain('Your exam fee of 18,000 won was received on 2027-03-03');
  });
});
