import type { ScreenDef } from '../../app/screens';

/** The enrollment domain's screens, in menu order. */
export const enrollmentScreens: ScreenDef[] = [];
