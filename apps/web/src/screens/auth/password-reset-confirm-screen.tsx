import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { sessionStore } from '../../api/session';
import { ButtonRow, Form, Notice, PageHeader } from '../../kit';
import { NewPasswordFields } from '../account/new-password-fields';

interface NewPassword {
  newPassword: string;
  confirmPassword: string;
}

/**
 * 새 비밀번호 정하기: the page of the reset mail's link (`/password-reset/confirm?token=…`). The new
 * password twice; a weak one is refused beside its field, a bad link beside the button. Once set,
 * every older session has ended: the owner signs in with the new password.
 */
export default function PasswordResetConfirmScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useForm<NewPassword>({ mode: 'onTouched', defaultValues: { newPassword: '', confirmPassword: '' } });

  return (
    <div className="narrow-page" data-testid="password-reset-confirm">
      <PageHeader title={t('reset.confirmTitle')} lead={t('reset.confirmIntro')} />
      {!token ? (
        <Notice tone="danger" role="alert" testId="reset-no-token">
          <p>{t('reset.noToken')}</p>
          <ButtonRow>
            <Link to="/password-reset" className="krds-btn medium primary">
              {t('reset.again')}
            </Link>
          </ButtonRow>
        </Notice>
      ) : (
        <Form
          form={form}
          testId="reset-confirm"
          label={t('reset.confirmTitle')}
          submitLabel={t('reset.confirmSubmit')}
          onSubmit={async ({ newPassword }) => {
            const done = await unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, newPassword } }));
            // Any session this browser held has ended with the reset.
            sessionStore.clear();
            localStorage.setItem('baeum.tenant', done.tenantSlug);
            navigate('/login', { replace: true, state: { reset: true, tenant: done.tenantSlug } });
          }}
        >
          <NewPasswordFields testIds={{ newPassword: 'reset-new', confirmPassword: 'reset-confirm-again' }} />
        </Form>
      )}
      <p>
        <Link to="/password-reset" data-testid="reset-ask-again">
          {t('reset.again')}
        </Link>
      </p>
    </div>
  );
}
