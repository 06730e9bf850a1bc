import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of the public's and applicants' screens: announcements, sign-up, the application, my applications, results. */
export const applicantNav = {
  'examApplicant.portal': { ko: '채용 공고 모아보기', en: 'Open exams' },
  'examApplicant.announcements': { ko: '채용 공고', en: 'Exam announcements' },
  'examApplicant.signup': { ko: '응시자 회원가입', en: 'Sign up to apply' },
  'examApplicant.apply': { ko: '응시원서 접수', en: 'Apply' },
  'examApplicant.my': { ko: '내 응시원서', en: 'My applications' },
  'examApplicant.results': { ko: '합격자 조회', en: 'Results' },
  'examApplicant.answerKeys': { ko: '가답안·이의제기', en: 'Answer keys and objections' },
} satisfies Catalogue;
