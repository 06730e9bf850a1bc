import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problem, problemText } from './error-text';

export type Outcome = { kind: 'success'; text: string } | { kind: 'problem'; problems: Problem[] } | { kind: 'info'; text: string };

/**
 * The outcome of an action, shown beside the action that caused it: a success as a polite status,
 * a problem as an alert. It scrolls into view, so an action low on a long page is not answered
 * out of sight.
 */
export function ActionStatus({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);

  const text = !outcome ? '' : outcome.kind === 'problem' ? outcome.problems.map((p) => problemText(t, p)).join(' ') : outcome.text;
  const kind = outcome?.kind ?? 'none';
  return (
    // The live regions stay in the page, so their changes are announced.
    <div ref={ref} className={`action-status ${kind}`} data-testid={testId} data-kind={kind}>
      <p role="status" className="action-status-text">
        {outcome && outcome.kind !== 'problem' ? text : ''}
      </p>
      <p role="alert" className="action-status-text">
        {outcome?.kind === 'problem' ? text : ''}
      </p>
    </div>
  );
}
