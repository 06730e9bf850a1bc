import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

export interface ModalProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the foot; a close button is always there. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}

/**
 * A KRDS modal on the native <dialog>: the browser keeps focus inside, makes the page behind inert,
 * and closes it with Esc; focus returns to what opened it.
 */
export function Modal({ open, title, onClose, children, footer, size = 'md', testId }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      (opener.current as HTMLElement | null)?.focus?.();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="baeum-modal krds-modal"
      aria-labelledby={titleId}
      onCancel={(e) => (e.preventDefault(), onClose())}
      data-testid={testId}
    >
      {open && (
        <div className={`modal-dialog modal-${size}`}>
          <div className="modal-content">
            <div className="modal-header">
              <h2 id={titleId} className="modal-title">
                {title}
              </h2>
            </div>
            <div className="modal-conts">
              <div className="conts-area">{children}</div>
            </div>
            <div className="modal-btn btn-wrap">
              {footer}
              <Button variant="tertiary" onClick={onClose} testId={testId ? `${testId}-close` : undefined}>
                {t('action.close')}
              </Button>
            </div>
          </div>
        </div>
      )}
    </dialog>
  );
}

/** Asks before an action that cannot be undone; answers through onConfirm. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
  busy,
  testId,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  busy?: boolean;
  testId?: string;
}) {
  return (
    <Modal
      open={open}
      title={title}
      onClose={onClose}
      size="sm"
      testId={testId}
      footer={
        <Button variant="primary" onClick={onConfirm} busy={busy} testId={testId ? `${testId}-confirm` : undefined}>
          {confirmLabel}
        </Button>
      }
    >
      {body}
    </Modal>
  );
}
