import { seoulDateTime } from '@baeum/calendar';
import type { SignUpVerificationRequestedV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from './mail-template';

/** 가입 확인: the one-time link that makes a waiting applicant account usable, and when it stops working. */
export function signUpVerificationMail(event: SignUpVerificationRequestedV1, publicBaseUrl: string): RenderedMail {
  const link = absoluteLink(publicBaseUrl, event.verifyPath);
  const until = `${seoulDateTime(event.expiresAt)} (KST)`;
  const institute = oneLine(event.tenantName);
  const { text, html } = renderBody(
    [
      { text: `${event.name}님, 안녕하세요.` },
      { text: `${institute} 응시자 계정 가입을 신청하셨습니다. 아래 링크를 열어 이메일 주소를 확인하면 가입이 완료됩니다.` },
      { link, label: '가입 확인하기' },
      {
        text: `이 링크는 ${until}까지 한 번만 쓸 수 있습니다. 가입을 신청하지 않으셨다면 이 메일을 무시하세요. 계정은 만들어지지 않습니다.`,
      },
    ],
    [
      { text: `Hello ${event.name},` },
      {
        text:
          `You asked for an applicant account at ${institute}. ` +
          'Open the link below to confirm your e-mail address and finish signing up.',
      },
      { link, label: 'Confirm your sign-up' },
      { text: `The link works once, until ${until}. If you did not sign up, ignore this mail: no account will be made.` },
    ],
    `${institute} · 배움 Baeum`,
  );
  return { template: 'sign-up-verification', locale: event.locale, subject: `[${institute}] 가입 확인 / Confirm your sign-up`, text, html };
}
