import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/client';
import { Button } from './button';
import { problemText } from './error-text';

/**
 * What a screen shows while its data loads or when it could not be read: a status line, or the
 * problem in words with a retry. A 404 shows "not found" (another institute's id, a deleted item).
 */
export function QueryState({
  loading,
  error,
  retry,
  children,
  testId,
}: {
  loading: boolean;
  error: unknown;
  retry?: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (error) {
    const apiError = asApiError(error);
    const notFound = apiError.status === 404;
    return (
      <div className="baeum-notice danger" role="alert" data-testid={testId ? `${testId}-error` : 'query-error'}>
        <p className="notice-title">
          {notFound ? t('page.missing.title') : problemText(t, { code: apiError.code, params: apiError.body.params })}
        </p>
        {notFound && <p>{t('page.missing.body')}</p>}
        {retry && !notFound && (
          <Button size="small" onClick={retry}>
            {t('action.retry')}
          </Button>
        )}
      </div>
    );
  }
  if (loading) {
    return (
      <p className="state-line" role="status" data-testid={testId ? `${testId}-loading` : undefined}>
        {t('state.loading')}
      </p>
    );
  }
  return <>{children}</>;
}
