import { type ReactNode, useCallback, useRef, useState } from 'react';
import { ConfirmDialog } from '../../kit';

/**
 * Asks before an action that cannot be undone: `ask()` opens the kit's ConfirmDialog and answers
 * whether the person confirmed; render `dialog` once in the screen.
 */
export function useConfirm(
  title: string,
  confirmLabel: string,
  testId: string,
): { dialog: ReactNode; ask(body: ReactNode): Promise<boolean> } {
  const [body, setBody] = useState<ReactNode>(null);
  const resolver = useRef<((yes: boolean) => void) | null>(null);
  const close = (yes: boolean) => {
    resolver.current?.(yes);
    resolver.current = null;
    setBody(null);
  };
  const ask = useCallback(
    (question: ReactNode) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setBody(question);
      }),
    [],
  );
  const dialog = (
    <ConfirmDialog
      open={body !== null}
      title={title}
      body={body}
      confirmLabel={confirmLabel}
      onConfirm={() => close(true)}
      onClose={() => close(false)}
      testId={testId}
    />
  );
  return { dialog, ask };
}
