import type { SignUpRepeatedV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from './mail-template';

/**
 * 이미 가입된 이메일: someone tried to sign up with an address that already has an account. The page
 * said nothing (nobody learns who is registered); the owner learns it here, with the ways back in.
 */
export function signUpRepeatedMail(event: SignUpRepeatedV1, publicBaseUrl: string): RenderedMail {
  const signIn = absoluteLink(publicBaseUrl, event.signInPath);
  const reset = absoluteLink(publicBaseUrl, event.resetPath);
  const institute = oneLine(event.tenantName);
  const { text, html } = renderBody(
    [
      { text: `${event.name}님, 안녕하세요.` },
      {
        text: `누군가 이 이메일 주소로 ${institute}에 다시 가입하려고 했습니다. 이 주소로는 이미 계정이 있어 새 계정은 만들어지지 않았습니다.`,
      },
      { link: signIn, label: '로그인하기' },
      { link: reset, label: '비밀번호를 잊으셨다면 재설정하기' },
      { text: '직접 하신 일이 아니라면 이 메일을 무시하셔도 됩니다. 계정은 바뀌지 않았습니다.' },
    ],
    [
      { text: `Hello ${event.name},` },
      { text: `Someone tried to sign up at ${institute} with this e-mail address. It already has an account, so no new one was made.` },
      { link: signIn, label: 'Sign in' },
      { link: reset, label: 'Forgot your password? Reset it' },
      { text: 'If this was not you, you may ignore this mail: your account has not changed.' },
    ],
    `${institute} · 배움 Baeum`,
  );
  return {
    template: 'sign-up-repeated',
    locale: event.locale,
    subject: `[${institute}] 이미 가입된 이메일 / Already registered`,
    text,
    html,
  };
}
