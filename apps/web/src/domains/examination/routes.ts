import type { ScreenDef } from '../../app/screens';
import { applicantScreens } from './applicant/routes';
import { assessmentScreens } from './assessments/routes';
import { officerScreens } from './officer/routes';
import { planScreens } from './plans/routes';

/** The examination domain's screens, in menu order: the public's and applicants', the officer's, then competency assessments, then the work report's plans. */
export const examinationScreens: ScreenDef[] = [...applicantScreens, ...officerScreens, ...assessmentScreens, ...planScreens];
