/**
 * 응시수수료 by grade as the Local Public Officials Appointment Decree (지방공무원 임용령, 별표)
 * sets them; the source report prints no fees. An exam may set its own.
 */
export const DECREE_FEES_BY_GRADE: Record<number, bigint> = { 5: 10_000n, 6: 7_000n, 7: 7_000n, 8: 5_000n, 9: 5_000n };

/** 응시연령: grade 7 and above from 20, grades 8 and 9 from 18, in the year of the exam. */
export const defaultMinAge = (grade: number): number => (grade <= 7 ? 20 : 18);
