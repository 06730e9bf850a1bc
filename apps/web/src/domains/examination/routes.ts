import type { ScreenDef } from '../../app/screens';

/** The examination domain's screens, in menu order. */
export const examinationScreens: ScreenDef[] = [];
