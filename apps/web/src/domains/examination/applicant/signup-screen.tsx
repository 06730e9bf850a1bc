import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { sessionStore } from '../../../api/session';
import { CheckboxField, Form, PageHeader, TextField } from '../../../kit';
import { useApplicantWords } from './shared';

interface SignupValues {
  tenant: string;
  name: string;
  email: string;
  password: string;
  privacyConsent: boolean;
}

/** 응시자 회원가입: a member of the public makes their own account with an institute and is signed in. */
export default function SignupScreen() {
  const { t } = useApplicantWords();
  const navigate = useNavigate();
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
        body: { ...values, tenant: values.tenant.trim(), email: values.email.trim(), name: values.name.trim() },
      }),
    );
    localStorage.setItem('baeum.tenant', answer.user.tenantSlug);
    sessionStore.start(answer);
    navigate('/exam-apply');
    return answer;
  };

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
        <p className="form-hint" id="signup-consent-text">
          {t('signup.consentText')}
        </p>
        <CheckboxField name="privacyConsent" label={t('signup.consent')} required testId="signup-consent" />
      </Form>
      <p>
        <Link to="/login">{t('signup.haveAccount')}</Link>
      </p>
    </div>
  );
}
