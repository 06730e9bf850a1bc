import { DatabaseSettings, requestKeysMigration } from '@baeum/service-kit';
import { AgencyState } from '../agencies/agency-state.entity';
import { BudgetLine } from '../budget-lines/budget-line.entity';
import { Category } from '../categories/category.entity';
import { Cohort, CohortInstructor } from '../cohorts/cohort.entity';
import { CurriculumEnv } from '../config/env';
import { Course } from '../courses/course.entity';
import { Instructor } from '../instructors/instructor.entity';
import { PlanLine } from '../plans/plan-line.entity';
import { PlanVersion } from '../plans/plan-version.entity';
import { Room } from '../rooms/room.entity';
import { InstituteImage } from '../settings/institute-image.entity';
import { TenantSettings } from '../shared/tenant-settings.entity';
import { DemandSurvey, DemandSurveyResponse } from '../surveys/demand-survey.entity';
import { Init1763800000000 } from './migrations/1763800000000-init';
import { CatalogPlansResources1764000000000 } from './migrations/1764000000000-catalog-plans-resources';
import { BudgetLineReplica1765000000000 } from './migrations/1765000000000-budget-line-replica';
import { CohortLateEntry1765100000000 } from './migrations/1765100000000-cohort-late-entry';
import { InstituteSettings1765600000000 } from './migrations/1765600000000-institute-settings';
import { CourseDescription1765800000000 } from './migrations/1765800000000-course-description';
import { AgencyState1765920000002 } from './migrations/1765920000002-agency-state';
import { InternationalTrainingCategory1766060000000 } from './migrations/1766060000000-international-training-category';
import { InternationalTrainingBudget1766080000000 } from './migrations/1766080000000-international-training-budget';

export const curriculumDatabase = (env: CurriculumEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'curriculum',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: [
    Category,
    Course,
    PlanVersion,
    PlanLine,
    Room,
    Instructor,
    TenantSettings,
    Cohort,
    CohortInstructor,
    DemandSurvey,
    DemandSurveyResponse,
    BudgetLine,
    InstituteImage,
    AgencyState,
  ],
  migrations: [
    Init1763800000000,
    CatalogPlansResources1764000000000,
    BudgetLineReplica1765000000000,
    CohortLateEntry1765100000000,
    InstituteSettings1765600000000,
    CourseDescription1765800000000,
    AgencyState1765920000002,
    InternationalTrainingCategory1766060000000,
    InternationalTrainingBudget1766080000000,
    requestKeysMigration('curriculum'),
  ],
});
