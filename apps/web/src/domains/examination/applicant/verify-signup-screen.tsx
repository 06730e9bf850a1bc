import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, asApiError, unwrap } from '../../../api/client';
import { sessionStore } from '../../../api/session';
import { ButtonRow, Notice, PageHeader, problemOf, problemText } from '../../../kit';
import { useApplicantWords } from './shared';

type Session = Parameters<typeof sessionStore.start>[0];

/**
 * A link works once: however often the screen mounts (React's strict mode mounts it twice), a token is
 * sent once and every mount waits for that one answer.
 */
const verifications = new Map<string, Promise<Session>>();
const verifyOnce = (token: string) => {
  let answer = verifications.get(token);
  if (!answer) {
    answer = unwrap(api.POST('/api/auth/applicant-signup/verify', { body: { token } }));
    verifications.set(token, answer);
  }
  return answer;
};

/** 가입 확인: the link of the sign-up mail (`/signup/verify?token=…`) verifies the account and signs its owner in. */
export default function VerifySignupScreen() {
  const { t } = useApplicantWords();
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    const answer = token ? verifyOnce(token) : Promise.reject(new ApiError(400, invalidLink));
    answer.then(
      (session) => {
        if (!current) return;
        localStorage.setItem('baeum.tenant', session.user.tenantSlug);
        sessionStore.start(session);
        navigate('/exam-apply', { replace: true });
      },
      (error: unknown) => current && setFailure(asApiError(error)),
    );
    return () => {
      current = false;
    };
  }, [token, navigate]);

  const badLink = failure && (failure.fieldErrors.some((e) => e.field === 'token') || failure.code === 'VALIDATION');
  return (
    <div className="exam-app narrow-page" data-testid="signup-verify">
      <PageHeader title={t('verify.title')} />
      {!failure && (
        <p className="state-line" role="status">
          {t('verify.checking')}
        </p>
      )}
      {failure && (
        <Notice
          tone="danger"
          role="alert"
          testId="signup-verify-failed"
          title={badLink ? t('verify.failedTitle') : problemText(common, problemOf(failure))}
        >
          {badLink && <p>{t('verify.failedLead')}</p>}
          <ButtonRow>
            <Link to="/exam-signup" className="krds-btn medium primary" data-testid="signup-verify-again">
              {t('signup.again')}
            </Link>
            <Link to="/login" className="krds-btn medium secondary">
              {t('signup.toSignIn')}
            </Link>
          </ButtonRow>
        </Notice>
      )}
    </div>
  );
}

/** A link without a token answers as the server does for a bad one. */
const invalidLink = {
  statusCode: 400,
  code: 'VALIDATION' as const,
  message: 'token is unknown, used or expired',
  errors: [{ field: 'token', code: 'AUTH.VERIFICATION_INVALID' as const }],
};
