import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { $api, ApiError, type Schemas } from '../../../api/client';
import { Notice } from '../../../kit';
import { useApplicantWords } from './shared';

/** How often the place shown moves on while waiting: often enough to be seen moving, seldom enough for a screen reader. */
const SHOWN_EVERY_MS = 5_000;

const PLACE = '/api/waiting-room/exam-applications';

/**
 * A submission turned away as queued: the refusal carries the applicant's place and its pass, shown
 * as they are (asking for the place again would double what each turn costs the server on a morning
 * when thousands wait); an answer without them, from an older server, has the place asked for.
 */
export async function holdPlaceFrom(queryClient: QueryClient, refusal: ApiError): Promise<void> {
  const params = refusal.body.params as Partial<Schemas['WaitingRoomView']> | undefined;
  if (params?.pass && params.ticket !== undefined) {
    const place: Schemas['WaitingRoomView'] = {
      queued: true,
      admitted: false,
      ticket: params.ticket,
      ahead: params.ahead ?? 0,
      estimatedWaitSeconds: params.estimatedWaitSeconds ?? 0,
      admittedPerSecond: params.admittedPerSecond ?? 0,
      pass: params.pass,
      passSeconds: params.passSeconds,
    };
    queryClient.setQueryData(['get', PLACE], place);
    return;
  }
  await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] === PLACE });
}

/**
 * 접속 대기: shown while the applicant holds a place in the waiting room in front of submissions
 * (after a submission was turned away as queued, and again after a reload: the place is the
 * server's; the refusal carries it, a reload asks for it). Their number, how many are ahead and the
 * estimated wait, read out politely as they move. The place comes with a pass that opens at the
 * applicant's turn, so the page counts down by itself instead of a queue of phones asking over and
 * over; at their turn the pass goes to the form, which sends the submission again.
 */
export function WaitingRoomPanel({ onAdmitted }: { onAdmitted: (pass: string) => void }) {
  const { t } = useApplicantWords();
  const room = $api.useQuery('get', PLACE);
  const place = room.data;
  const firstAhead = useRef<number | null>(null);
  const handedOver = useRef<string | null>(null);
  const [elapsedSeconds, setElapsedSeconds] = useState(0);

  useEffect(() => {
    if (!place?.pass || handedOver.current === place.pass) return;
    const pass = place.pass;
    const handOver = () => {
      handedOver.current = pass;
      onAdmitted(pass);
    };
    if (place.admitted) {
      handOver();
      return;
    }
    // The place as answered, counted down here: read at this instant, it moves on at the room's rate.
    const answeredAt = Date.now();
    setElapsedSeconds(0);
    const shown = setInterval(() => setElapsedSeconds(Math.floor((Date.now() - answeredAt) / 1000)), SHOWN_EVERY_MS);
    const turn = setTimeout(handOver, place.estimatedWaitSeconds * 1000);
    return () => {
      clearInterval(shown);
      clearTimeout(turn);
    };
  }, [place, onAdmitted]);

  if (!place?.queued || place.admitted) return null;
  const ahead = Math.max(0, place.ahead - Math.floor(elapsedSeconds * place.admittedPerSecond));
  const wait = Math.max(0, place.estimatedWaitSeconds - elapsedSeconds);
  firstAhead.current ??= Math.max(place.ahead, 1);
  const done = Math.min(100, Math.round(((firstAhead.current - ahead) / firstAhead.current) * 100));
  return (
    <Notice tone="warning" role="status" title={t('waiting.title')} testId="waiting-room">
      <p className="waiting-room-ticket" data-testid="waiting-room-ticket">
        {t('waiting.ticket', { ticket: place.ticket })}
      </p>
      <p data-testid="waiting-room-ahead">{t('waiting.ahead', { ahead })}</p>
      <p data-testid="waiting-room-wait">{t('waiting.estimate', { minutes: Math.floor(wait / 60), seconds: wait % 60 })}</p>
      <progress className="waiting-room-progress" max={100} value={done} aria-label={t('waiting.progress')} />
      <p className="form-hint">{t('waiting.kept')}</p>
    </Notice>
  );
}
