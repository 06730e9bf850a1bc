import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { $api, api, unwrap } from '../../api/client';
import { sessionStore } from '../../api/session';
import { homePath, useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import { DetailList, Form, Notice, PageHeader, QueryState, Section, TextField } from '../../kit';
import { NewPasswordFields } from './new-password-fields';
import { notificationSettings } from './notification-settings-i18n';

registerCatalogue('notificationSettings', notificationSettings);

/** The server's rule for a mobile number (libs/api/src/identity/profile.dto.ts, MOBILE_PHONE_PATTERN). */
const MOBILE_PHONE_PATTERN = /^010-\d{4}-\d{4}$/;

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
      {!mustChange && user.role !== 'platform_operator' && <PhoneSection />}
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

/** 휴대전화 번호: the person's own mobile number, where text notices go (none: no texts). */
function PhoneSection() {
  const { t } = useTranslation('notificationSettings');
  const profile = $api.useQuery('get', '/api/me/profile');
  return (
    <Section title={t('phoneTitle')} testId="account-phone">
      <QueryState loading={profile.isPending} error={profile.error} retry={() => void profile.refetch()} testId="account-phone-state">
        {profile.data && <PhoneForm phone={profile.data.phone} />}
      </QueryState>
      <p className="form-hint">
        <Link to="/notification-settings" data-testid="account-notification-settings">
          {t('settingsLink')}
        </Link>
      </p>
    </Section>
  );
}

function PhoneForm({ phone }: { phone: string | null }) {
  const { t } = useTranslation('notificationSettings');
  const form = useForm<{ phone: string }>({ mode: 'onTouched', defaultValues: { phone: phone ?? '' } });
  return (
    <Form
      form={form}
      testId="phone"
      submitLabel={t('phoneSave')}
      success={(saved: { phone: string | null }) => (saved.phone ? t('phoneSaved') : t('phoneRemoved'))}
      onSubmit={async (values) => unwrap(api.PUT('/api/me/profile', { body: { phone: values.phone ? values.phone : null } }))}
    >
      <TextField
        name="phone"
        type="tel"
        label={t('phone')}
        hint={t('phoneHint')}
        autoComplete="tel"
        inputMode="tel"
        maxLength={13}
        pattern={{ value: MOBILE_PHONE_PATTERN, code: 'AUTH.PHONE_INVALID' }}
        testId="phone-number"
      />
    </Form>
  );
}
