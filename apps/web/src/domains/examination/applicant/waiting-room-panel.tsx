import { useEffect, useRef } from 'react';
import { $api } from '../../../api/client';
import { Notice } from '../../../kit';
import { useApplicantWords } from './shared';

/**
 * How soon a waiting applicant's place is asked for again: half the estimated wait, between 2 and 30
 * seconds, so a long queue of phones does not itself become the load the room holds back.
 */
const pollAfterMs = (estimatedWaitSeconds: number) => Math.min(30_000, Math.max(2_000, (estimatedWaitSeconds * 1000) / 2));

/**
 * 접속 대기: shown while the applicant holds a place in the waiting room in front of submissions
 * (after a submission was turned away as queued, and again after a reload: the place is the
 * server's). Their number, how many are ahead and the estimated wait, read out politely as they move;
 * once let in, the pass goes to the form, which sends the submission again.
 */
export function WaitingRoomPanel({ onAdmitted }: { onAdmitted: (pass: string) => void }) {
  const { t } = useApplicantWords();
  const room = $api.useQuery(
    'get',
    '/api/waiting-room/exam-applications',
    {},
    {
      refetchInterval: (query) =>
        query.state.data?.queued && !query.state.data.admitted ? pollAfterMs(query.state.data.estimatedWaitSeconds) : false,
    },
  );
  const firstAhead = useRef<number | null>(null);
  const place = room.data;
  const handedOver = useRef<string | null>(null);

  useEffect(() => {
    if (place?.admitted && place.pass && handedOver.current !== place.pass) {
      handedOver.current = place.pass;
      onAdmitted(place.pass);
    }
  }, [place, onAdmitted]);

  if (!place?.queued || place.admitted) return null;
  firstAhead.current ??= Math.max(place.ahead, 1);
  const done = Math.min(100, Math.round(((firstAhead.current - place.ahead) / firstAhead.current) * 100));
  const minutes = Math.floor(place.estimatedWaitSeconds / 60);
  const seconds = place.estimatedWaitSeconds % 60;
  return (
    <Notice tone="warning" role="status" title={t('waiting.title')} testId="waiting-room">
      <p className="waiting-room-ticket" data-testid="waiting-room-ticket">
        {t('waiting.ticket', { ticket: place.ticket })}
      </p>
      <p data-testid="waiting-room-ahead">{t('waiting.ahead', { ahead: place.ahead })}</p>
      <p data-testid="waiting-room-wait">{t('waiting.estimate', { minutes, seconds })}</p>
      <progress className="waiting-room-progress" max={100} value={done} aria-label={t('waiting.progress')} />
      <p className="form-hint">{t('waiting.kept')}</p>
    </Notice>
  );
}
