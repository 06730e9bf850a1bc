import seoulHrd2022Json from './seoul-hrd-2022.json';

/**
 * The project's own copy of its source material (nothing reads ../shared at run time):
 * `seoulHrd2022` is every figure of the Seoul Metropolitan Human Resources Development Center's
 * 2022 work report and the Sejong article, as transcribed in `seoul-hrd-2022.json`. Tables are
 * in thousand won (천원) unless a field says otherwise; `source-discrepancies.md` beside this
 * lib lists where the source contradicts itself. Services seed their demo data from it.
 */
export const seoulHrd2022 = seoulHrd2022Json;
export type SeoulHrd2022 = typeof seoulHrd2022Json;

export * from './demo';

export * from './completions-2021';
