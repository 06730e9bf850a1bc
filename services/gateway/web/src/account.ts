import { ApiError, changePassword, User, updateSessionUser } from './api';
import { h } from './dom';
import { setText, t } from './i18n';
import { field, heading, showDone, showFailure, statusLine } from './forms';

/** Fired when the signed-in user changed, so the frame shows their menus again. */
export const SESSION_CHANGED = 'baeum:session-changed';

/** 내 계정: change the password; the first screen, and the only one, while a temporary password is in use. */
export function renderAccount(main: HTMLElement, user: User): () => void {
  const fields = {
    currentPassword: field('account-current', 'account.current', h('input', { type: 'password', autocomplete: 'current-password', required: true })),
    newPassword: field('account-new', 'account.new', h('input', { type: 'password', autocomplete: 'new-password', required: true, minlength: '10' }), 'account.newHint'),
    confirm: field('account-confirm', 'account.confirm', h('input', { type: 'password', autocomplete: 'new-password', required: true })),
  };
  const status = statusLine('account-status');
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'account-submit' });
  setText(submit, 'account.submit');
  const notice = h('p', { class: 'message', role: 'alert', 'data-testid': 'account-must-change' });
  notice.hidden = !user.mustChangePassword;
  setText(notice, 'account.mustChange');
  const form = h('form', { class: 'card login', novalidate: true, 'aria-labelledby': 'account-title', 'data-testid': 'account-form' },
    heading('h1', 'account.title', 'account-title'),
    h('p', { class: 'hint' }, `${user.name} · ${user.email}`),
    notice,
    ...Object.values(fields).map((f) => f.row),
    status, submit,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (fields.newPassword.input.value !== fields.confirm.input.value) {
      showFailure(new ApiError(400, t('account.mismatch'), [{ field: 'confirm', messages: [t('account.mismatch')] }]), status, fields);
      return;
    }
    submit.disabled = true;
    try {
      await changePassword(fields.currentPassword.input.value, fields.newPassword.input.value);
      for (const f of Object.values(fields)) f.input.value = '';
      showDone(status, () => t('account.changed'));
      if (user.mustChangePassword) {
        updateSessionUser({ ...user, mustChangePassword: false });
        window.dispatchEvent(new Event(SESSION_CHANGED));
      }
    } catch (e) {
      showFailure(e, status, fields);
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(form);
  return () => undefined;
}
