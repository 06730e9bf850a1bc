import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problem, problemText } from './error-text';

export type Outcome = { kind: 'success'; text: string } | { kind: 'problem'; problems: Problem[] } | { kind: 'info'; text: string };

/**
 * How long an outcome is kept in view while the page settles (a list refreshed above it grows, a
 * count in the header arrives). Long enough for a busy server's late answers: it ends at once when
 * the reader acts or anyone else moves the page, so the wait costs the reader nothing.
 */
const SETTLE_MS = 10_000;

/**
 * Scrolls an element into view, and again whenever the page's size changes in the next moments, so
 * a list refreshed above it cannot push it out of sight. It stops at once when anyone else moves the
 * page or the reader acts: a page that jumps under a pointer on its way to a button makes the click
 * miss. Its own scrolls are instant (the design system's smooth scrolling would keep the page moving
 * for a while), so any other position the page takes is someone else's doing.
 */
function keepInView(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return undefined;
  let placedAt = window.scrollY;
  const show = () => {
    element.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
    placedAt = window.scrollY;
  };
  show();
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(show);
  observer.observe(document.body);
  const movedByOthers = () => {
    if (Math.abs(window.scrollY - placedAt) > 1) stop();
  };
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('scroll', movedByOthers);
    for (const event of READER_ACTS) window.removeEventListener(event, stop);
  };
  const timer = setTimeout(stop, SETTLE_MS);
  window.addEventListener('scroll', movedByOthers, { passive: true });
  for (const event of READER_ACTS) window.addEventListener(event, stop, { passive: true });
  return stop;
}
const READER_ACTS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * The outcome of an action, shown beside the action that caused it: a success as a polite status,
 * a problem as an alert. It scrolls into view, so an action low on a long page is not answered
 * out of sight.
 */
export function ActionStatus({ outcome, testId }: { outcome: Outcome | null; testId?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!outcome) return;
    return keepInView(ref.current);
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
