export * from './download';
export * from './pdf';
export * from './spreadsheets';
