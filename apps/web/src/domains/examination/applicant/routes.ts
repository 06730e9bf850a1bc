import type { ScreenDef } from '../../../app/screens';

/** Examination: the public's and applicants' screens: announcements, sign-up, the application, my applications, results. */
export const applicantScreens: ScreenDef[] = [];
