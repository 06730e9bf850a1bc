/** What a spreadsheet program may read as the start of a formula (CSV/formula injection); as `safeCell` in libs/documents. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Plain numbers ("-1,500", "+3.5") and a lone dash start that way harmlessly. */
const PLAIN_NUMBER = /^[-+]?\d[\d,]*(\.\d+)?$|^-$/;

/** A cell as it may safely be opened: one that could be read as a formula gets a leading apostrophe. */
export const safeCsvCell = (text: string): string => (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text);

/**
 * A chart's figures as CSV that Excel opens correctly (UTF-8 with a byte-order mark, CRLF), every
 * cell quoted and any that could start a formula (a course named `=HYPERLINK(…)`) made text.
 */
export function chartCsv(title: string, labels: string[], series: { label: string; values: (number | null | undefined)[] }[]): string {
  const rows = [
    [title, ...series.map((s) => s.label)],
    ...labels.map((label, i) => [label, ...series.map((s) => String(s.values[i] ?? ''))]),
  ];
  return '\uFEFF' + rows.map((r) => r.map((c) => `"${safeCsvCell(c).replaceAll('"', '""')}"`).join(',')).join('\r\n');
}
