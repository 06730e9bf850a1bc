import type { ScreenDef } from '../../../app/screens';

/** Examination: the exam officer's console and the exam season. */
export const officerScreens: ScreenDef[] = [];
