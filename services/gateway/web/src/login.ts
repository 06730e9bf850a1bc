import { login, Session } from './api';
import { h } from './dom';
import { errorText } from './format';
import { Key, setText, t } from './i18n';
import { publicScreens } from './screens';

const TENANT_KEY = 'baeum.tenant';

/** Fills `main` with the sign-in form; `notice` explains why the user is here (expired, signed out). */
export function renderLogin(main: HTMLElement, onSignedIn: (session: Session) => void, notice?: Key): void {
  const field = (id: string, label: Key, input: HTMLInputElement, hint?: HTMLElement) => {
    const labelEl = h('label', { for: id });
    setText(labelEl, label);
    return h('div', { class: 'field' }, labelEl, hint ?? null, input);
  };

  const tenantHint = h('p', { id: 'login-tenant-hint', class: 'hint' });
  setText(tenantHint, 'login.tenantHint');
  const tenant = h('input', { id: 'login-tenant', name: 'tenant', 'data-testid': 'login-tenant', autocomplete: 'organization', required: true, 'aria-describedby': 'login-tenant-hint', spellcheck: 'false', autocapitalize: 'none' });
  tenant.value = localStorage.getItem(TENANT_KEY) ?? '';
  const email = h('input', { id: 'login-email', name: 'email', type: 'email', 'data-testid': 'login-email', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', 'data-testid': 'login-password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'login-submit' });
  setText(submit, 'login.submit');
  // role=alert: a failed sign-in is announced at once; the notice waits politely.
  const error = h('p', { class: 'message error', role: 'alert', 'data-testid': 'login-error' });
  const status = h('p', { class: 'message info', role: 'status' });
  if (notice) setText(status, notice);

  const title = h('h1', { id: 'login-title' });
  setText(title, 'login.title');
  const intro = h('p', { class: 'muted' });
  setText(intro, 'login.intro');

  const form = h('form', { class: 'card login', 'aria-labelledby': 'login-title', novalidate: true },
    title, intro, status,
    field('login-tenant', 'login.tenant', tenant, tenantHint),
    field('login-email', 'login.email', email),
    field('login-password', 'login.password', password),
    error, submit,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    setText(error, null);
    setText(status, null);
    submit.disabled = true;
    setText(submit, 'login.busy');
    try {
      const session = await login(tenant.value.trim(), email.value.trim(), password.value);
      localStorage.setItem(TENANT_KEY, tenant.value.trim());
      onSignedIn(session);
    } catch (e) {
      setText(error, () => errorText(e));
      password.value = '';
      (tenant.value ? password : tenant).focus();
    } finally {
      submit.disabled = false;
      setText(submit, 'login.submit');
    }
  });

  // What needs no account: public screens such as exam announcements and the applicants' sign-up.
  const openLinks = h('ul', { class: 'public-links' }, ...publicScreens.map((screen) => {
    const link = h('a', { href: `#/${screen.path}`, 'data-testid': `public-${screen.path}` });
    setText(link, screen.label);
    return h('li', {}, link);
  }));
  main.replaceChildren(form, h('nav', { class: 'login', 'aria-label': t('nav.public') }, openLinks));
  (tenant.value ? email : tenant).focus();
}
