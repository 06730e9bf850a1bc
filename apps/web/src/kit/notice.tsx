import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

/**
 * A message about the page or a section (not about one action, which ActionStatus shows): what a
 * read-only view means, a deadline, a note on the source's figures.
 */
export function Notice({
  tone = 'info',
  title,
  children,
  testId,
  role,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  testId?: string;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`baeum-notice ${tone}`} data-testid={testId} role={role}>
      {title && <p className="notice-title">{title}</p>}
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}
