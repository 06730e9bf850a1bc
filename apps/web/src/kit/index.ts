/** The UI kit: every screen of every domain builds on these, on the Korea Design System (KRDS). */
export * from './action-status';
export * from './badge';
export * from './button';
export * from './chart';
export * from './data-table';
export { type AnyErrorCode, type Problem, problemOf, problemText } from './error-text';
export * from './fields';
export * from './file-upload';
export { Form, type FormProps } from './form';
export * from './layout';
export * from './modal';
export * from './notice';
export * from './pagination';
export * from './query-state';
export * from './steps';
export * from './tabs';
export * from './values';
export { useMediaQuery, usePhone } from './media';
