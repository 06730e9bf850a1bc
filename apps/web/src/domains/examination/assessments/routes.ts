import type { ScreenDef } from '../../../app/screens';

/** Examination: competency assessments: the officer's rounds, the assessor's rating form, the trainee's feedback. */
export const assessmentScreens: ScreenDef[] = [];
