import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { chartCsv } from './chart-csv';
import type { ChartFigureProps } from './chart';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** KRDS-toned series colours, told apart by pattern of lightness as well as hue. */
const COLOURS = ['#256ef4', '#e0711a', '#228738', '#8a56d4', '#5e6a7a', '#d63d4a'];

/** A chart (Chart.js) with its figures as a table beside it, for screen readers and for export. */
export default function ChartFigure({
  title,
  kind,
  labels,
  series,
  format = (v) => v.toLocaleString(),
  unitLabel,
  testId,
  stacked,
}: ChartFigureProps) {
  const { t } = useTranslation();
  const data = {
    labels,
    datasets: series.map((s, i) => ({
      label: s.label,
      data: s.values,
      backgroundColor: COLOURS[i % COLOURS.length],
      borderColor: COLOURS[i % COLOURS.length],
    })),
  };
  const options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: {
      legend: { position: 'bottom' as const },
      tooltip: {
        callbacks: {
          label: (ctx: { dataset: { label?: string }; parsed: { y: number | null } }) =>
            `${ctx.dataset.label}: ${format(ctx.parsed.y ?? 0)}`,
        },
      },
    },
    scales: {
      x: { stacked },
      y: {
        stacked,
        beginAtZero: true,
        title: unitLabel ? { display: true, text: unitLabel } : undefined,
        ticks: { callback: (v: string | number) => format(Number(v)) },
      },
    },
  };

  const csv = () => {
    const text = chartCsv(title, labels, series);
    const href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href, download: `${title}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  };

  return (
    <figure className="baeum-chart" data-testid={testId}>
      <figcaption className="chart-title">{title}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        {kind === 'bar' ? <Bar data={data} options={options} /> : <Line data={data} options={options} />}
      </div>
      <div className="krds-table-wrap scroll-box" tabIndex={0} role="region" aria-label={t('chart.table', { title })}>
        <table className="tbl col data chart-table" data-testid={testId ? `${testId}-table` : undefined}>
          <caption>{t('chart.table', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{unitLabel ? `${title} (${unitLabel})` : title}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.label} className="align-end">
                    {s.values[i] === undefined || s.values[i] === null ? '' : format(s.values[i])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button size="small" variant="tertiary" onClick={csv}>
        {t('chart.download')}
      </Button>
    </figure>
  );
}
