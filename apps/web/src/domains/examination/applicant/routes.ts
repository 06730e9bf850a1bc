import { lazy } from 'react';
import type { ScreenDef } from '../../../app/screens';

/**
 * Examination: the public's and applicants' screens: announcements (open to all, in every role's
 * menu), sign-up (without signing in) and its mailed link, the application, my applications, the answer keys and objections, results.
 */
export const applicantScreens: ScreenDef[] = [
  {
    // 채용 공고 모아보기: every institute's open exams, the public's landing; /exams/<code> is an institute's own address.
    path: 'exams',
    nav: 'examApplicant.portal',
    group: 'examination',
    roles: 'all',
    public: true,
    component: lazy(() => import('./portal-screen')),
  },
  {
    path: 'exams/:institute',
    group: 'examination',
    roles: 'all',
    public: true,
    component: lazy(() => import('./institute-exams-screen')),
  },
  {
    path: 'exams/:institute/:examId',
    group: 'examination',
    roles: 'all',
    public: true,
    component: lazy(() => import('./exam-notice-screen')),
  },
  {
    path: 'exam-announcements',
    nav: 'examApplicant.announcements',
    group: 'examination',
    roles: 'all',
    public: true,
    component: lazy(() => import('./announcements-screen')),
  },
  {
    path: 'exam-signup',
    nav: 'examApplicant.signup',
    group: 'examination',
    roles: [],
    public: true,
    component: lazy(() => import('./signup-screen')),
  },
  {
    // The link of the sign-up mail (identity.sign_up.verification_requested's verifyPath).
    path: 'signup/verify',
    group: 'examination',
    roles: [],
    public: true,
    component: lazy(() => import('./verify-signup-screen')),
  },
  {
    path: 'exam-apply',
    nav: 'examApplicant.apply',
    group: 'examination',
    roles: ['applicant'],
    component: lazy(() => import('./apply-screen')),
  },
  {
    path: 'exam-my',
    nav: 'examApplicant.my',
    group: 'examination',
    roles: ['applicant'],
    component: lazy(() => import('./my-applications-screen')),
  },
  {
    // 사진 등록: reached from 내 응시원서 (and a step of the application).
    path: 'exam-photo',
    group: 'examination',
    roles: ['applicant'],
    component: lazy(() => import('./photo-screen')),
  },
  {
    path: 'exam-results',
    nav: 'examApplicant.results',
    group: 'examination',
    roles: ['applicant'],
    component: lazy(() => import('./results-screen')),
  },
  {
    // 가답안·이의제기 (exam=<id> picks the exam).
    path: 'exam-answer-keys',
    nav: 'examApplicant.answerKeys',
    group: 'examination',
    roles: ['applicant'],
    component: lazy(() => import('./answer-keys-screen')),
  },
];
