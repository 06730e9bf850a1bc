import { useEffect, useState } from 'react';
import { timeLeft } from './rules';
import { useApplicantWords } from './shared';

/**
 * 접수 마감까지 남은 시간, ticking each second in the browser. The ticking is hidden from screen
 * readers (and never announced: aria-live off); they read one static sentence with the deadline.
 */
export function Countdown({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  const words = useApplicantWords();
  const { t } = words;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const beforeOpening = now < new Date(opensAt);
  const left = timeLeft(beforeOpening ? opensAt : closesAt, now);
  if (!left)
    return (
      <p className="exam-countdown" data-testid="exam-countdown">
        {t('countdown.closed')}
      </p>
    );
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <div className="exam-countdown" data-testid="exam-countdown">
      <p className="sr-only">
        {t(beforeOpening ? 'countdown.staticOpens' : 'countdown.static', { at: words.instant(beforeOpening ? opensAt : closesAt) })}
      </p>
      <p aria-hidden="true">
        <span className="exam-countdown-label">{t(beforeOpening ? 'countdown.opensIn' : 'countdown.label')}</span>{' '}
        <span className="exam-countdown-time" aria-live="off" data-testid="exam-countdown-time">
          {t('countdown.left', { days: left.days, hours: pad(left.hours), minutes: pad(left.minutes), seconds: pad(left.seconds) })}
        </span>
      </p>
    </div>
  );
}
