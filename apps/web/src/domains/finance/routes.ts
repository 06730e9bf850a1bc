import type { ScreenDef } from '../../app/screens';

/** The finance domain's screens, in menu order. */
export const financeScreens: ScreenDef[] = [];
