import type { ReactNode } from 'react';

export type Tone = 'primary' | 'secondary' | 'gray' | 'point' | 'danger' | 'warning' | 'success' | 'information';

/** A KRDS badge: a short state word (편성, 대기, 확정). Colour is never the only sign: the word is there. */
export function Badge({ tone = 'gray', children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <span className={`krds-badge outline-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
