import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartFigureProps {
  title: string;
  kind: 'bar' | 'line';
  labels: string[];
  series: ChartSeries[];
  /** How a figure is written (in the table, the axis and the tooltip). */
  format?: (value: number) => string;
  /** The unit of the values axis (백만원, 명). */
  unitLabel?: string;
  stacked?: boolean;
  testId?: string;
}

// Chart.js loads with the first chart, not with the app.
const LazyChart = lazy(() => import('./chart-figure'));

/** A chart with its figures as a table beside it. */
export function Chart(props: ChartFigureProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="state-line">{t('state.loading')}</p>}>
      <LazyChart {...props} />
    </Suspense>
  );
}
