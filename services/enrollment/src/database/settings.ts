import { DatabaseSettings, requestKeysMigration } from '@baeum/service-kit';
import { Agency } from '../agencies/agency.entity';
import { Application } from '../applications/application.entity';
import { Attendance } from '../attendance/attendance.entity';
import { AgencyQuota } from '../cohorts/agency-quota.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { EnrollmentEnv } from '../config/env';
import { Course } from '../courses/course.entity';
import { InstituteCalendar } from '../institute-calendar/institute-calendar.entity';
import { CompletionImport, CompletionImportError, CompletionRecord } from '../elearning/completion-record.entities';
import { PlanFigure } from '../plans/plan-figure.entity';
import { SurveyReceipt, SurveyResponse } from '../surveys/survey.entities';
import { Trainee } from '../trainees/trainee.entity';
import { Init1763800000000 } from './migrations/1763800000000-init';
import { EnrollmentDomain1764100000000 } from './migrations/1764100000000-enrollment-domain';
import { CodedImportProblems1764300000000 } from './migrations/1764300000000-coded-import-problems';
import { CertificateRevocation1765700000000 } from './migrations/1765700000000-certificate-revocation';
import { AgencyAdministration1765600000000 } from './migrations/1765600000000-agency-administration';
import { InstituteHolidays1765920000000 } from './migrations/1765920000000-institute-holidays';
import { TraineeLinkBackfill1765960000000 } from './migrations/1765960000000-trainee-link-backfill';
import { DropNotices1765980000000 } from './migrations/1765980000000-drop-notices';
import { CohortRoomName1765985000000 } from './migrations/1765985000000-cohort-room-name';

export const enrollmentDatabase = (env: EnrollmentEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'enrollment',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: [
    Cohort,
    AgencyQuota,
    Agency,
    Trainee,
    Application,
    Attendance,
    Course,
    PlanFigure,
    SurveyResponse,
    SurveyReceipt,
    CompletionRecord,
    CompletionImport,
    CompletionImportError,
    InstituteCalendar,
  ],
  migrations: [
    Init1763800000000,
    EnrollmentDomain1764100000000,
    CodedImportProblems1764300000000,
    AgencyAdministration1765600000000,
    CertificateRevocation1765700000000,
    InstituteHolidays1765920000000,
    TraineeLinkBackfill1765960000000,
    DropNotices1765980000000,
    CohortRoomName1765985000000,
    requestKeysMigration('enrollment'),
  ],
});
