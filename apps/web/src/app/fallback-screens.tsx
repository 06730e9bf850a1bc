import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../kit';
import { useSession } from './App';

/** An address the app does not have: said plainly, with the way home (never another screen instead). */
export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <div data-testid="not-found">
      <PageHeader title={t('page.notFound.title')} lead={t('page.notFound.body')} />
      <Link to="/" className="krds-btn medium primary">
        {t('page.home')}
      </Link>
    </div>
  );
}

/** A screen the signed-in role may not open. */
export function ForbiddenScreen() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <div data-testid="forbidden">
      <PageHeader
        title={t('page.forbidden.title')}
        lead={t('page.forbidden.body', { role: session ? t(`role.${session.user.role}`) : '' })}
      />
      <Link to="/" className="krds-btn medium primary">
        {t('page.home')}
      </Link>
    </div>
  );
}
