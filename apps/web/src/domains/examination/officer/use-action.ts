import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { type Outcome, problemOf } from '../../../kit';

/**
 * Runs an action of the season (a button, not a form), then asks again for every examination
 * figure the page shows; its outcome is shown beside the action.
 */
export function useAction() {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ predicate: (q) => typeof q.queryKey[1] === 'string' && q.queryKey[1].startsWith('/api/exam') }),
    [queryClient],
  );
  const run = useCallback(
    async <R>(action: () => Promise<R>, success: (result: R) => string): Promise<boolean> => {
      setBusy(true);
      setOutcome(null);
      try {
        const result = await action();
        await refresh();
        setOutcome({ kind: 'success', text: success(result) });
        return true;
      } catch (error) {
        setOutcome({ kind: 'problem', problems: [problemOf(error)] });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );
  return { run, outcome, busy, refresh };
}

/** Every examination query asked again (after a form's success). */
export function useRefreshExam(): () => Promise<void> {
  return useAction().refresh;
}
