import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'text' | 'danger';
export type ButtonSize = 'xsmall' | 'small' | 'medium' | 'large';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** While an action runs: disabled, with a status for screen readers. */
  busy?: boolean;
  testId?: string;
  children: ReactNode;
  className?: string;
}

/** A KRDS button (`krds-btn`), `type="button"` unless said otherwise. */
export function Button({
  variant = 'secondary',
  size = 'medium',
  busy,
  testId,
  children,
  className,
  type = 'button',
  disabled,
  ...rest
}: ButtonProps) {
  const { t } = useTranslation();
  const classes = ['krds-btn', size, variant === 'danger' ? 'secondary danger' : variant, className].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} data-testid={testId}>
      {children}
      {busy && <span className="sr-only"> {t('action.working')}</span>}
    </button>
  );
}

/** A row of actions, wrapping on narrow screens. */
export function ButtonRow({ children, align = 'start' }: { children: ReactNode; align?: 'start' | 'end' }) {
  return <div className={`button-row ${align}`}>{children}</div>;
}
