import type { ScreenDef } from '../../app/screens';

/** The curriculum domain's screens, in menu order. */
export const curriculumScreens: ScreenDef[] = [];
