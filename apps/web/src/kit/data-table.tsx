import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The cell; defaults to the row's property of the same key. */
  render?: (row: T, index: number) => ReactNode;
  align?: 'start' | 'end' | 'center';
  /** The row's heading cell (`<th scope="row">`); on a phone, the card's title. */
  rowHeader?: boolean;
  /** Hidden on a phone's card (details a person on the go does not need). */
  hideOnPhone?: boolean;
  className?: string;
  /** Width hint for wide screens, e.g. '8rem'. */
  width?: string;
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  /** Shown while rows are undefined. */
  loading?: boolean;
  empty?: ReactNode;
  testId?: string;
  rowTestId?: string | ((row: T) => string);
  /**
   * How the table fits a narrow screen: `cards` turns each row into a card (screens of trainees and
   * applicants, readable at 360 px); `scroll` keeps the table and lets it scroll sideways inside its
   * own box (staff screens on a tablet).
   */
  narrow?: 'cards' | 'scroll';
  /** A footer row (totals). */
  footer?: ReactNode;
  rowClassName?: (row: T) => string | undefined;
  /** Shows the caption above the table (otherwise only screen readers read it). */
  showCaption?: boolean;
}

/**
 * The one table of the app (KRDS `tbl`). Every cell carries its column's name, so on a phone a
 * row reads as a card of "name: value" lines and nothing scrolls sideways.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  loading,
  empty,
  testId,
  rowTestId,
  narrow = 'cards',
  footer,
  rowClassName,
  showCaption,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const headerText = (column: Column<T>) => (typeof column.header === 'string' ? column.header : column.key);
  const cell = (row: T, column: Column<T>, index: number) =>
    column.render ? column.render(row, index) : ((row as Record<string, unknown>)[column.key] as ReactNode);

  if (!rows) {
    return (
      <p className="state-line" role="status" data-testid={testId ? `${testId}-loading` : undefined}>
        {loading === false ? '' : t('state.loading')}
      </p>
    );
  }
  if (rows.length === 0) {
    return (
      <p className="state-line empty" data-testid={testId ? `${testId}-empty` : undefined}>
        {empty ?? t('state.empty')}
      </p>
    );
  }
  const table = (
    <table className={`tbl col data baeum-table narrow-${narrow}`} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={[c.align ? `align-${c.align}` : '', c.className].filter(Boolean).join(' ') || undefined}
              style={c.width ? { width: c.width } : undefined}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)} data-testid={typeof rowTestId === 'function' ? rowTestId(row) : rowTestId}>
            {columns.map((c) => {
              const className =
                [c.align ? `align-${c.align}` : '', c.hideOnPhone ? 'hide-on-phone' : '', c.className].filter(Boolean).join(' ') ||
                undefined;
              return c.rowHeader ? (
                <th key={c.key} scope="row" className={className} data-label={headerText(c)}>
                  {cell(row, c, index)}
                </th>
              ) : (
                <td key={c.key} className={className} data-label={headerText(c)}>
                  {cell(row, c, index)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
  return (
    <div className="baeum-table-block">
      {showCaption && (
        <p className="table-caption" aria-hidden="true">
          {caption}
        </p>
      )}
      {narrow === 'scroll' ? (
        // A box that scrolls sideways must be reachable by keyboard, and named.
        <div className="krds-table-wrap scroll-box" tabIndex={0} role="region" aria-label={t('table.scroll', { caption })}>
          {table}
        </div>
      ) : (
        <div className="krds-table-wrap">{table}</div>
      )}
    </div>
  );
}
