import { type ReactNode, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, its lead text, and the document title that names it. */
export function PageHeader({ title, lead, actions, testId }: { title: string; lead?: ReactNode; actions?: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.title', { page: title });
  }, [t, title]);
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 className="page-title" data-testid={testId ?? 'page-title'}>
          {title}
        </h1>
        {lead && <div className="page-lead">{lead}</div>}
      </div>
      {actions && <div className="page-header-actions">{actions}</div>}
    </div>
  );
}

/** A section with its h2 (or h3), labelled by it for landmarks. */
export function Section({
  title,
  level = 2,
  children,
  actions,
  testId,
  className,
}: {
  title: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
  actions?: ReactNode;
  testId?: string;
  className?: string;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['page-section', className].filter(Boolean).join(' ')} aria-labelledby={id} data-testid={testId}>
      <div className="section-head">
        <Heading id={id} className="section-title">
          {title}
        </Heading>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Label–value pairs of one thing (a course's details, an application). */
export function DetailList({ items, testId }: { items: { label: ReactNode; value: ReactNode; key?: string }[]; testId?: string }) {
  return (
    <dl className="detail-list" data-testid={testId}>
      {items.map((item, i) => (
        <div className="detail-row" key={item.key ?? i}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
