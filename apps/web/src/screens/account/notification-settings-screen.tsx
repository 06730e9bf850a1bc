import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { CheckboxField, Form, Notice, PageHeader, QueryState, Section, TextField } from '../../kit';
import { notificationSettings } from './notification-settings-i18n';

registerCatalogue('notificationSettings', notificationSettings);

type Preferences = Schemas['NotificationPreferencesView'];
interface Values {
  email: boolean;
  sms: boolean;
  quietOn: boolean;
  quietStart: string;
  quietEnd: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 알림 설정: the signed-in person's own channels (e-mail, texts) and the quiet hours that hold texts. */
export default function NotificationSettingsScreen() {
  const { t } = useTranslation('notificationSettings');
  const preferences = $api.useQuery('get', '/api/me/notification-preferences');
  return (
    <div data-testid="notification-settings">
      <PageHeader title={t('title')} lead={t('lead')} />
      <QueryState loading={preferences.isPending} error={preferences.error} retry={() => void preferences.refetch()} testId="preferences">
        {preferences.data && <PreferencesForm preferences={preferences.data} />}
      </QueryState>
    </div>
  );
}

function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation('notificationSettings');
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    mode: 'onTouched',
    defaultValues: {
      email: preferences.email,
      sms: preferences.sms,
      quietOn: preferences.quietStart !== null,
      quietStart: preferences.quietStart ?? '21:00',
      quietEnd: preferences.quietEnd ?? '08:00',
    },
  });
  const quietOn = form.watch('quietOn');
  return (
    <Form
      form={form}
      testId="preferences-form"
      submitLabel={t('save')}
      success={() => t('saved')}
      onSubmit={async (values) => {
        const saved = await unwrap(
          api.PUT('/api/me/notification-preferences', {
            body: {
              email: values.email,
              sms: values.sms,
              quietStart: values.quietOn ? values.quietStart : null,
              quietEnd: values.quietOn ? values.quietEnd : null,
            },
          }),
        );
        await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[1] === '/api/me/notification-preferences' });
        return saved;
      }}
    >
      <Section title={t('channels')}>
        <CheckboxField name="email" label={t('email')} hint={t('emailHint')} testId="preferences-email" />
        <CheckboxField name="sms" label={t('sms')} hint={t('smsHint')} testId="preferences-sms" />
        {preferences.phone ? (
          <p className="form-hint" data-testid="preferences-phone">
            {t('phoneIs', { phone: preferences.phone })}
          </p>
        ) : (
          <Notice tone="info" testId="preferences-no-phone">
            {t('noPhone')} <Link to="/account">{t('toAccount')}</Link>
          </Notice>
        )}
      </Section>
      <Section title={t('quiet')}>
        <p className="form-hint">{t('quietLead')}</p>
        <CheckboxField name="quietOn" label={t('quietOn')} testId="preferences-quiet-on" />
        {quietOn && (
          <>
            <TextField
              name="quietStart"
              label={t('quietStart')}
              required
              inputMode="numeric"
              maxLength={5}
              pattern={{ value: TIME, code: 'VALIDATION.TIME' }}
              testId="preferences-quiet-start"
            />
            <TextField
              name="quietEnd"
              label={t('quietEnd')}
              required
              inputMode="numeric"
              maxLength={5}
              pattern={{ value: TIME, code: 'VALIDATION.TIME' }}
              testId="preferences-quiet-end"
            />
          </>
        )}
      </Section>
    </Form>
  );
}
