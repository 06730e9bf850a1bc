import { Session, startSession } from '../api';
import { h } from '../dom';
import { setText } from '../i18n';
import { signUpApplicant } from './exam-api';
import { field, heading, showFailure, statusLine } from './ui';

/** 응시자 회원가입: a member of the public makes their own account with an institute and is signed in. */
export function renderSignup(main: HTMLElement, onSignedIn: (session: Session) => void): () => void {
  const fields = {
    tenant: field('signup-tenant', 'login.tenant', h('input', { value: localStorage.getItem('baeum.tenant') ?? 'seoul-hrd', autocomplete: 'organization', required: true, spellcheck: 'false' }), 'login.tenantHint'),
    name: field('signup-name', 'exam.signup.name', h('input', { autocomplete: 'name', required: true })),
    email: field('signup-email', 'login.email', h('input', { type: 'email', autocomplete: 'email', required: true })),
    password: field('signup-password', 'login.password', h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: '10' }), 'exam.signup.passwordHint'),
  };
  const consent = h('input', { type: 'checkbox', id: 'signup-consent', 'data-testid': 'signup-consent', 'aria-describedby': 'signup-consent-text' });
  const consentText = h('p', { id: 'signup-consent-text', class: 'hint' });
  setText(consentText, 'exam.signup.consentText');
  const consentLabel = h('label', { for: 'signup-consent' });
  setText(consentLabel, 'exam.signup.consent');
  const consentError = h('p', { class: 'field-error', id: 'signup-consent-error' });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'signup-submit' });
  setText(submit, 'exam.signup.submit');
  const status = statusLine('signup-status');
  const back = h('a', { href: '#/' });
  setText(back, 'exam.signup.haveAccount');
  const form = h('form', { class: 'card login', novalidate: true, 'aria-labelledby': 'signup-title' },
    heading('h1', 'exam.signup.title', 'signup-title'),
    ...Object.values(fields).map((f) => f.row),
    h('div', { class: 'field' }, consentText, h('div', { class: 'check' }, consent, consentLabel), consentError),
    status, submit, back,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const answer = await signUpApplicant({
        tenant: fields.tenant.input.value.trim(),
        email: fields.email.input.value.trim(),
        password: fields.password.input.value,
        name: fields.name.input.value.trim(),
        privacyConsent: consent.checked,
      });
      localStorage.setItem('baeum.tenant', answer.user.tenantSlug);
      location.hash = '#/exam-apply';
      onSignedIn(startSession(answer));
    } catch (e) {
      showFailure(e, status, { ...fields, privacyConsent: { input: consent, error: consentError } });
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(form);
  fields.name.input.focus();
  return () => undefined;
}
