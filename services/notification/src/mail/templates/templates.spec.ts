import type { PasswordResetRequestedV1, SignUpRepeatedV1, SignUpVerificationRequestedV1 } from '@baeum/contracts';
import { PermanentEventError } from '@baeum/messaging';
import { absoluteLink, escapeHtml } from './mail-template';
import { passwordResetMail } from './password-reset.template';
import { signUpRepeatedMail } from './sign-up-repeated.template';
import { signUpVerificationMail } from './sign-up-verification.template';

const BASE = 'https://baeum.example.go.kr';
const verification: SignUpVerificationRequestedV1 = {
  userId: '0b6f7c1e-1111-4a4a-8a8a-000000000001',
  email: 'kim@example.com',
  name: '김민지',
  tenantSlug: 'seoul-hrd',
  tenantName: '서울특별시 인재개발원',
  verifyPath: '/seoul-hrd/verify-email?token=abc123',
  expiresAt: '2027-03-01T15:30:00.000Z',
  locale: 'ko',
};
const repeated: SignUpRepeatedV1 = {
  userId: '0b6f7c1e-1111-4a4a-8a8a-000000000002',
  email: 'lee@example.com',
  name: 'Lee Jun',
  tenantSlug: 'seoul-hrd',
  tenantName: '서울특별시 인재개발원',
  signInPath: '/seoul-hrd/sign-in',
  resetPath: '/seoul-hrd/password-reset',
  locale: 'en',
};

describe('the sign-up verification mail', () => {
  const mail = signUpVerificationMail(verification, BASE);

  it('is titled in Korean first, with English beside', () => {
    expect(mail.subject).toBe('[서울특별시 인재개발원] 가입 확인 / Confirm your sign-up');
    expect(mail).toMatchObject({ template: 'sign-up-verification', locale: 'ko' });
  });

  it('says it in both languages, Korean first, in text and in HTML', () => {
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('김민지님, 안녕하세요.');
      expect(body).toContain('Hello 김민지,');
      expect(body.indexOf('가입 확인하기')).toBeLessThan(body.indexOf('Confirm your sign-up'));
    }
  });

  it('carries the absolute link and when it expires, in Seoul time', () => {
    const link = 'https://baeum.example.go.kr/seoul-hrd/verify-email?token=abc123';
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`<a href="${link}">가입 확인하기</a>`);
    expect(mail.text).toContain('2027-03-02 00:30 (KST)까지');
    expect(mail.text).toContain('until 2027-03-02 00:30 (KST)');
  });
});

describe('the already-registered mail', () => {
  const mail = signUpRepeatedMail(repeated, `${BASE}/`);

  it('is titled in Korean first, with English beside', () => {
    expect(mail.subject).toBe('[서울특별시 인재개발원] 이미 가입된 이메일 / Already registered');
    expect(mail).toMatchObject({ template: 'sign-up-repeated', locale: 'en' });
  });

  it('gives the absolute sign-in and password-reset links in both languages', () => {
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('https://baeum.example.go.kr/seoul-hrd/sign-in');
      expect(body).toContain('https://baeum.example.go.kr/seoul-hrd/password-reset');
      expect(body).toContain('로그인하기');
      expect(body).toContain('Forgot your password? Reset it');
      expect(body.indexOf('이미 계정이 있어')).toBeLessThan(body.indexOf('It already has an account'));
    }
  });
});

describe('the password-reset mail', () => {
  const reset: PasswordResetRequestedV1 = {
    userId: '0b6f7c1e-1111-4a4a-8a8a-000000000003',
    email: 'park@example.com',
    name: '박서준',
    tenantSlug: 'seoul-hrd',
    tenantName: '서울특별시 인재개발원',
    resetPath: '/password-reset/confirm?token=xyz789',
    expiresAt: '2027-03-01T15:30:00.000Z',
    locale: 'ko',
  };
  const mail = passwordResetMail(reset, BASE);

  it('is titled in Korean first, with English beside', () => {
    expect(mail.subject).toBe('[서울특별시 인재개발원] 비밀번호 재설정 / Reset your password');
    expect(mail).toMatchObject({ template: 'password-reset', locale: 'ko' });
  });

  it('carries the absolute link, once-only and its expiry in Seoul time, Korean before English', () => {
    const link = 'https://baeum.example.go.kr/password-reset/confirm?token=xyz789';
    expect(mail.html).toContain(`<a href="${link}">새 비밀번호 정하기</a>`);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(link);
      expect(body).toContain('2027-03-02 00:30 (KST)까지 한 번만');
      expect(body).toContain('until 2027-03-02 00:30 (KST)');
      expect(body.indexOf('새 비밀번호 정하기')).toBeLessThan(body.indexOf('Choose a new password'));
    }
  });
});

describe('what people typed', () => {
  it('never becomes markup in the HTML', () => {
    const mail = signUpVerificationMail(
      { ...verification, name: '<script>alert("x")</script>', tenantName: 'A & B <b>institute</b>' },
      BASE,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>institute</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('A &amp; B &lt;b&gt;institute&lt;/b&gt;');
    // The plain text is text: it stays as typed.
    expect(mail.text).toContain('Hello <script>alert("x")</script>,');
  });

  it('never breaks the subject into another header', () => {
    const mail = signUpRepeatedMail({ ...repeated, tenantName: 'Institute\r\nBcc: someone@example.com' }, BASE);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('escapes the five characters HTML cares about', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('links', () => {
  it('are made absolute below the public address, keeping its path', () => {
    expect(absoluteLink('https://hrd.seoul.go.kr/baeum', '/seoul-hrd/sign-in')).toBe('https://hrd.seoul.go.kr/baeum/seoul-hrd/sign-in');
    expect(absoluteLink('http://localhost:3000/', '/a?b=c')).toBe('http://localhost:3000/a?b=c');
  });

  it('never lead to another site', () => {
    for (const path of ['//evil.example/x', 'https://evil.example/x', 'relative/path', '/\\evil.example'])
      expect(() => absoluteLink(BASE, path)).toThrow(PermanentEventError);
  });
});
