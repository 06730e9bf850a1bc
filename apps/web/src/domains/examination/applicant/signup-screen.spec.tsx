import '../../enrollment/spec-polyfills';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { setLanguage } from '../../../i18n/i18n';
import SignupScreen from './signup-screen';

const renderPage = () =>
  render(
    <MemoryRouter>
      <SignupScreen />
    </MemoryRouter>,
  );

const consent = () => screen.getByTestId('signup-consent-text').textContent ?? '';

beforeEach(() => act(() => setLanguage('ko')));

describe('the sign-up consent (issue 13, finding 9)', () => {
  it('names exactly what sign-up collects, why, and how long it is kept', () => {
    renderPage();
    // What ApplicantSignupDto takes: tenant, name, email, password, locale (and the consent itself).
    for (const item of ['성명', '이메일 주소', '비밀번호', '가입한 기관', '언어']) expect(consent()).toContain(item);
    // Not what the sign-up never asks for.
    for (const absent of ['생년월일', '연락처', '전화', '주소지']) expect(consent()).not.toContain(absent);
    expect(consent()).toContain('이용 목적');
    expect(consent()).toContain('계정이 삭제될 때까지');
    // Every field the form shows is among the items.
    for (const label of ['성명', '이메일', '비밀번호', '기관']) expect(consent()).toContain(label);
  });

  it('says the same in English', () => {
    renderPage();
    act(() => setLanguage('en'));
    for (const item of ['name', 'e-mail address', 'password', 'institute', 'language', 'Until your account is deleted'])
      expect(consent()).toContain(item);
    for (const absent of ['date of birth', 'contact details', 'phone']) expect(consent().toLowerCase()).not.toContain(absent);
  });
});
