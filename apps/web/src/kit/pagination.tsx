import { useTranslation } from 'react-i18next';

/** Pages of a list (KRDS pagination): previous, a window of page numbers around the current, next. */
export function Pagination({ page, pages, onPage, testId }: { page: number; pages: number; onPage(page: number): void; testId?: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return (
    <nav className="krds-pagination" aria-label={t('pagination.label')} data-testid={testId}>
      <button type="button" className="page-navi prev" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <div className="page-links">
        {numbers.map((n) => (
          <button
            key={n}
            type="button"
            className={`page-link${n === page ? ' active' : ''}`}
            aria-current={n === page ? 'page' : undefined}
            aria-label={n === page ? t('pagination.current', { page: n }) : t('pagination.page', { page: n })}
            onClick={() => onPage(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <button type="button" className="page-navi next" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
