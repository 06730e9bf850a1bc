import { chartCsv, safeCsvCell } from './chart-csv';

describe("a chart's CSV download", () => {
  it('makes a label or a series name that could start a formula text, and leaves numbers alone', () => {
    const csv = chartCsv(
      '분야별',
      ['=HYPERLINK("http://x.example","클릭")', '@SUM(A1)', '직무역량'],
      [{ label: '+계획', values: [-1500, 3, null] }],
    );
    expect(csv).toBe(
      '\uFEFF"분야별","\'+계획"\r\n"\'=HYPERLINK(""http://x.example"",""클릭"")","-1500"\r\n"\'@SUM(A1)","3"\r\n"직무역량",""',
    );
    for (const text of ['-2+3', '\tTAB', '\rCR']) expect(safeCsvCell(text)).toBe(`'${text}`);
    for (const text of ['-1,500', '+3.5', '-', 'a=b']) expect(safeCsvCell(text)).toBe(text);
  });
});
