import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Button, ButtonRow, Form, Notice, PageHeader, TextField } from '../../kit';

interface ResetRequest {
  tenant: string;
  email: string;
}

/**
 * 비밀번호 재설정 요청: the institute code and the account's e-mail. The answer is the same for every
 * address, so the page says only that a mail was sent if the address is registered.
 */
export default function PasswordResetScreen() {
  const { t, i18n } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ResetRequest>({
    mode: 'onTouched',
    defaultValues: { tenant: localStorage.getItem('baeum.tenant') ?? '', email: '' },
  });

  if (sentTo)
    return (
      <div className="narrow-page" data-testid="password-reset-sent">
        <PageHeader title={t('reset.sentTitle')} />
        <Notice tone="success" role="status" testId="reset-sent">
          <p>{t('reset.sentLead', { email: sentTo })}</p>
          <p>{t('reset.sentNoMail')}</p>
        </Notice>
        <ButtonRow>
          <Button variant="secondary" testId="reset-again" onClick={() => setSentTo(null)}>
            {t('reset.again')}
          </Button>
          <Link to="/login" className="krds-btn medium secondary">
            {t('reset.toSignIn')}
          </Link>
        </ButtonRow>
      </div>
    );

  return (
    <div className="narrow-page" data-testid="password-reset">
      <PageHeader title={t('reset.title')} lead={t('reset.intro')} />
      <Form
        form={form}
        testId="reset"
        label={t('reset.title')}
        submitLabel={t('reset.submit')}
        onSubmit={async (values) => {
          const tenant = values.tenant.trim().toLowerCase();
          const email = values.email.trim();
          await unwrap(api.POST('/api/auth/password-reset', { body: { tenant, email, locale: i18n.language === 'en' ? 'en' : 'ko' } }));
          localStorage.setItem('baeum.tenant', tenant);
          setSentTo(email);
        }}
      >
        <TextField
          name="tenant"
          label={t('login.tenant')}
          hint={t('login.tenantHint')}
          required
          autoComplete="organization"
          testId="reset-tenant"
          pattern={{ value: /^[a-zA-Z0-9-]{2,40}$/, code: 'VALIDATION.FORMAT' }}
        />
        <TextField name="email" type="email" label={t('login.email')} required autoComplete="email" testId="reset-email" maxLength={200} />
      </Form>
      <p>
        <Link to="/login">{t('reset.toSignIn')}</Link>
      </p>
    </div>
  );
}
