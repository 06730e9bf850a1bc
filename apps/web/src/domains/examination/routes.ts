import type { ScreenDef } from '../../app/screens';
import { applicantScreens } from './applicant/routes';
import { assessmentScreens } from './assessments/routes';
import { officerScreens } from './officer/routes';

/** The examination domain's screens, in menu order: the public's and applicants', the officer's, then competency assessments. */
export const examinationScreens: ScreenDef[] = [...applicantScreens, ...officerScreens, ...assessmentScreens];
