import type { ApplicationSubmittedV1, FeePaidV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

type Person = { name: string; locale: 'ko' | 'en' | null };

/** Where an applicant reads their applications (내 원서). */
const MY_APPLICATIONS = '/exam-my';
const won = (amount: string) => BigInt(amount).toLocaleString('en-US');

/** 원서 접수 완료: the applicant is told their application arrived, and whether a fee is still due. */
export function applicationSubmittedMail(event: ApplicationSubmittedV1, person: Person, publicBaseUrl: string): RenderedMail {
  const link = absoluteLink(publicBaseUrl, MY_APPLICATIONS);
  const exam = oneLine(event.examTitleKo ?? '');
  const position = `${oneLine(event.jobSeriesKo ?? event.jobSeries)} ${event.grade}급`;
  const positionEn = `${oneLine(event.jobSeries)}, grade ${event.grade}`;
  const feeDue = BigInt(event.feeAmount) > 0n;
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      { text: `${exam ? `${exam} ` : ''}${position} 응시원서가 접수되었습니다.` },
      {
        text: feeDue
          ? `응시수수료 ${won(event.feeAmount)}원을 접수 기간 안에 결제해야 접수가 완료됩니다.`
          : '응시수수료가 없는 시험이므로 접수가 완료되었습니다.',
      },
      { link, label: '내 원서 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      { text: `Your application${exam ? ` to ${exam}` : ''} (${positionEn}) has been received.` },
      {
        text: feeDue
          ? `Pay the exam fee of ${won(event.feeAmount)} won within the application period to complete it.`
          : 'This exam has no fee: your application is complete.',
      },
      { link, label: 'Open my applications' },
    ],
    '배움 Baeum',
  );
  return {
    template: 'exam-application-submitted',
    locale: person.locale ?? 'ko',
    subject: `[원서 접수] ${position} 응시원서 접수 / Application received`,
    text,
    html,
  };
}

/** 응시수수료 결제 완료: the fee arrived; a free exam's application tells this in its submitted mail. */
export function feePaidMail(event: FeePaidV1, person: Person, publicBaseUrl: string): RenderedMail {
  const link = absoluteLink(publicBaseUrl, MY_APPLICATIONS);
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      { text: `응시수수료 ${won(event.amount)}원의 결제가 확인되어 원서 접수가 완료되었습니다 (${event.paidOn}).` },
      { link, label: '내 원서 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      { text: `Your exam fee of ${won(event.amount)} won was received on ${event.paidOn}: your application is complete.` },
      { link, label: 'Open my applications' },
    ],
    '배움 Baeum',
  );
  return {
    template: 'exam-fee-paid',
    locale: person.locale ?? 'ko',
    subject: `[결제 완료] 응시수수료 ${won(event.amount)}원 / Exam fee received`,
    text,
    html,
  };
}
