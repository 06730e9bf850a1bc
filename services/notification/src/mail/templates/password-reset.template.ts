import { seoulDateTime } from '@baeum/calendar';
import type { PasswordResetRequestedV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from './mail-template';

/** 비밀번호 재설정: the one-time link that sets a new password, and when it stops working. */
export function passwordResetMail(event: PasswordResetRequestedV1, publicBaseUrl: string): RenderedMail {
  const link = absoluteLink(publicBaseUrl, event.resetPath);
  const until = `${seoulDateTime(event.expiresAt)} (KST)`;
  const institute = oneLine(event.tenantName);
  const { text, html } = renderBody(
    [
      { text: `${event.name}님, 안녕하세요.` },
      { text: `${institute} 계정의 비밀번호 재설정을 요청하셨습니다. 아래 링크를 열어 새 비밀번호를 정하세요.` },
      { link, label: '새 비밀번호 정하기' },
      {
        text:
          `이 링크는 ${until}까지 한 번만 쓸 수 있습니다. 새 비밀번호를 정하면 다른 기기의 로그인은 모두 끝납니다. ` +
          '재설정을 요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
      },
    ],
    [
      { text: `Hello ${event.name},` },
      { text: `You asked to reset the password of your account at ${institute}. Open the link below to choose a new one.` },
      { link, label: 'Choose a new password' },
      {
        text:
          `The link works once, until ${until}. Setting a new password signs you out everywhere else. ` +
          'If you did not ask for this, ignore this mail: your password has not changed.',
      },
    ],
    `${institute} · 배움 Baeum`,
  );
  return {
    template: 'password-reset',
    locale: event.locale,
    subject: `[${institute}] 비밀번호 재설정 / Reset your password`,
    text,
    html,
  };
}
