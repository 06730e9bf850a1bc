import { DatabaseSettings, requestKeysMigration } from '@baeum/service-kit';
import { ExaminationEnv } from '../config/env';
import { EXAMINATION_ENTITIES } from './entities';
import { Init1763800000000 } from './migrations/1763800000000-init';
import { Examination1764100000000 } from './migrations/1764100000000-examination';
import { CancelNote1764300000000 } from './migrations/1764300000000-cancel-note';
import { InterviewerConflict1764400000000 } from './migrations/1764400000000-interviewer-conflict';
import { CandidateCode1764500000000 } from './migrations/1764500000000-candidate-code';
import { AssessmentPlan1765950000001 } from './migrations/1765950000001-assessment-plan';
import { RecruitmentPlan1765950000002 } from './migrations/1765950000002-recruitment-plan';
import { ExamNotice1766000000000 } from './migrations/1766000000000-exam-notice';
import { ApplicationWizard1766020000000 } from './migrations/1766020000000-application-wizard';
import { ApplicantPhoto1766030000000 } from './migrations/1766030000000-applicant-photo';
import { AnswerKeys1766040000000 } from './migrations/1766040000000-answer-keys';
import { ExamEligibilityText1766090000000 } from './migrations/1766090000000-exam-eligibility-text';

export const examinationDatabase = (env: ExaminationEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'examination',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: EXAMINATION_ENTITIES,
  migrations: [
    Init1763800000000,
    Examination1764100000000,
    CancelNote1764300000000,
    InterviewerConflict1764400000000,
    CandidateCode1764500000000,
    AssessmentPlan1765950000001,
    RecruitmentPlan1765950000002,
    ExamNotice1766000000000,
    ApplicationWizard1766020000000,
    ApplicantPhoto1766030000000,
    AnswerKeys1766040000000,
    ExamEligibilityText1766090000000,
    requestKeysMigration('examination'),
  ],
});
