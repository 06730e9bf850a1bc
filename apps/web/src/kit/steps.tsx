import { useTranslation } from 'react-i18next';

/** The KRDS step indicator: where a person is in a process of several steps (an application). */
export function StepIndicator({ steps, current, testId }: { steps: string[]; current: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('steps.label')} data-testid={testId}>
      <p className="sr-only">{t('steps.position', { current: current + 1, total: steps.length })}</p>
      <ol className="krds-step-wrap">
        {steps.map((label, i) => (
          <li
            key={label}
            className={i < current ? 'done' : i === current ? 'active' : undefined}
            aria-current={i === current ? 'step' : undefined}
          >
            <span>
              {i === current && <em className="sr-only">{t('steps.current')} </em>}
              <i className="step">{i + 1}</i>
              <span className="step-tit">{label}</span>
              {i < current && <span className="sr-only"> ({t('steps.done')})</span>}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
