export * from './download';
export * from './pdf';
export * from './spreadsheets';
export { badTextCells, checkXlsx, SHEET_LIMITS, textProblem, textProblemMessage } from './spreadsheet-read';
export type { SheetLimits, SheetRefusal } from './spreadsheet-read';
export * from './image-head';
