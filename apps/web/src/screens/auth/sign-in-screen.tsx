import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { sessionStore } from '../../api/session';
import { homePath, useSession } from '../../app/App';
import { SCREENS } from '../../app/registry';
import { Form, Notice, PageHeader, TextField } from '../../kit';

interface SignIn {
  tenant: string;
  email: string;
  password: string;
}

/** 로그인: institute code, e-mail and password; then the screen asked for, or the role's first. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { t: tNav } = useTranslation('nav');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as { from?: string; reset?: boolean; tenant?: string };
  const notice = sessionStore.endReason();
  const form = useForm<SignIn>({ mode: 'onTouched', defaultValues: { tenant: state.tenant ?? '', email: '', password: '' } });
  if (session) return <Navigate to={state.from ?? homePath(session)} replace />;

  const publicScreens = SCREENS.filter((s) => s.public && s.nav);
  return (
    <div className="narrow-page" data-testid="sign-in">
      <PageHeader title={t('login.title')} lead={t('login.intro')} />
      {state.reset && (
        <Notice tone="success" testId="sign-in-reset-done" role="status">
          {t('login.resetDone')}
        </Notice>
      )}
      {notice && (
        <Notice tone="info" testId="sign-in-notice" role="status">
          {t(notice === 'expired' ? 'login.expired' : 'login.signedOut')}
        </Notice>
      )}
      <Form
        form={form}
        testId="login"
        submitLabel={t('login.submit')}
        onSubmit={async (values) => {
          const answer = await unwrap(api.POST('/api/auth/login', { body: { ...values, tenant: values.tenant.toLowerCase() } }));
          const started = sessionStore.start(answer);
          navigate(state.from && !started.user.mustChangePassword ? state.from : homePath(started), { replace: true });
        }}
      >
        <TextField
          name="tenant"
          label={t('login.tenant')}
          hint={t('login.tenantHint')}
          required
          autoComplete="organization"
          testId="login-tenant"
          pattern={{ value: /^[a-zA-Z0-9-]{2,40}$/, code: 'VALIDATION.FORMAT' }}
        />
        <TextField
          name="email"
          type="email"
          label={t('login.email')}
          required
          autoComplete="username"
          testId="login-email"
          maxLength={200}
        />
        <TextField
          name="password"
          type="password"
          label={t('login.password')}
          required
          autoComplete="current-password"
          testId="login-password"
          maxLength={200}
        />
      </Form>
      <p className="sign-in-forgot">
        <Link to="/password-reset" data-testid="login-forgot">
          {t('login.forgot')}
        </Link>
      </p>
      {publicScreens.length > 0 && (
        <nav className="public-links" aria-label={t('login.publicLinks')}>
          <h2 className="section-title">{t('login.publicLinks')}</h2>
          <ul>
            {publicScreens.map((s) => (
              <li key={s.path}>
                <Link to={`/${s.path}`} data-testid={`public-${s.path}`}>
                  {tNav(s.nav as never)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
