import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { Button, ButtonRow, CheckboxField, Form, Notice, PageHeader, TextField } from '../../../kit';
import { useApplicantWords } from './shared';

interface SignupValues {
  tenant: string;
  name: string;
  email: string;
  password: string;
  privacyConsent: boolean;
}

/**
 * 응시자 회원가입: a member of the public asks for an account with an institute. The answer is the same
 * whether or not the address is registered (a mail follows either way), so the page says only that a
 * mail was sent; its link (verify-signup-screen) finishes the sign-up and signs in.
 */
export default function SignupScreen() {
  const { t, lang } = useApplicantWords();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<SignupValues>({
    defaultValues: {
      tenant: localStorage.getItem('baeum.tenant') ?? 'seoul-hrd',
      name: '',
      email: '',
      password: '',
      privacyConsent: false,
    },
  });

  const submit = async (values: SignupValues) => {
    const answer = await unwrap(
      api.POST('/api/auth/applicant-signup', {
        body: { ...values, tenant: values.tenant.trim(), email: values.email.trim(), name: values.name.trim(), locale: lang },
      }),
    );
    localStorage.setItem('baeum.tenant', values.tenant.trim());
    setSentTo(answer.email);
    return answer;
  };

  if (sentTo)
    return (
      <div className="exam-app" data-testid="exam-signup-sent">
        <PageHeader title={t('signup.sentTitle')} />
        <Notice tone="success" role="status" testId="signup-sent">
          <p>{t('signup.sentLead', { email: sentTo })}</p>
          <p>{t('signup.sentNoMail')}</p>
        </Notice>
        <ButtonRow>
          <Button
            variant="secondary"
            testId="signup-again"
            onClick={() => {
              form.setValue('password', '');
              setSentTo(null);
            }}
          >
            {t('signup.again')}
          </Button>
          <Link to="/login" className="krds-btn medium secondary">
            {t('signup.toSignIn')}
          </Link>
        </ButtonRow>
      </div>
    );

  return (
    <div className="exam-app" data-testid="exam-signup">
      <PageHeader title={t('signup.title')} lead={t('signup.intro')} />
      <Form form={form} onSubmit={submit} submitLabel={t('signup.submit')} testId="signup" label={t('signup.title')}>
        <TextField
          name="tenant"
          label={t('signup.tenant')}
          required
          autoComplete="organization"
          hint={t('ann.tenantHint')}
          testId="signup-tenant"
        />
        <TextField name="name" label={t('signup.name')} required autoComplete="name" maxLength={50} testId="signup-name" />
        <TextField name="email" type="email" label={t('signup.email')} required autoComplete="email" testId="signup-email" />
        <TextField
          name="password"
          type="password"
          label={t('signup.password')}
          required
          minLength={10}
          autoComplete="new-password"
          hint={t('signup.passwordHint')}
          testId="signup-password"
        />
        <div className="form-hint" id="signup-consent-text" data-testid="signup-consent-text">
          <p>
            <strong>{t('signup.consentTitle')}</strong>
          </p>
          <dl>
            {(['Items', 'Purpose', 'Period'] as const).map((part) => (
              <div key={part}>
                <dt>{t(`signup.consent${part}Term`)}</dt>
                <dd>{t(`signup.consent${part}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('signup.consentRefusal')}</p>
        </div>
        <CheckboxField name="privacyConsent" label={t('signup.consent')} required testId="signup-consent" />
      </Form>
      <p>
        <Link to="/login">{t('signup.haveAccount')}</Link>
      </p>
    </div>
  );
}
