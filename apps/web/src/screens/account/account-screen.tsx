import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { sessionStore } from '../../api/session';
import { homePath, useSession } from '../../app/App';
import { DetailList, Form, Notice, PageHeader, Section, TextField } from '../../kit';
import { NewPasswordFields } from './new-password-fields';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 내 계정: who the person is here, and a new password (required first after a temporary one). */
export default function AccountScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const form = useForm<PasswordChange>({ mode: 'onTouched' });
  if (!session) return null;
  const { user } = session;
  const mustChange = user.mustChangePassword;

  return (
    <div data-testid="account">
      <PageHeader title={t('account.title')} />
      {mustChange && (
        <Notice tone="warning" testId="account-must-change">
          {t('account.mustChange')}
        </Notice>
      )}
      <Section title={t('account.details')}>
        <DetailList
          items={[
            { label: t('account.name'), value: user.name },
            { label: t('login.email'), value: user.email },
            { label: t('account.role'), value: t(`role.${user.role}`) },
          ]}
        />
      </Section>
      <Section title={t('account.passwordTitle')}>
        <Form
          form={form}
          testId="password"
          submitLabel={t('account.submit')}
          resetOnSuccess
          success={() => t('account.changed')}
          onSubmit={async ({ currentPassword, newPassword }) => {
            // The change ends every older token; the answer is this tab's new session.
            sessionStore.start(await unwrap(api.POST('/api/me/password', { body: { currentPassword, newPassword } })));
            if (mustChange) navigate(homePath(sessionStore.get()), { replace: true });
          }}
        >
          <TextField
            name="currentPassword"
            type="password"
            label={t('account.current')}
            required
            autoComplete="current-password"
            maxLength={200}
            testId="password-current"
          />
          <NewPasswordFields testIds={{ newPassword: 'password-new', confirmPassword: 'password-confirm' }} />
        </Form>
      </Section>
    </div>
  );
}
