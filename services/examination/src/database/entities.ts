import { Application } from '../applications/application.entity';
import { ApplicationDocument } from '../applications/application-document.entity';
import { AssessmentAssignment } from '../assessments/assessment-assignment.entity';
import { AssessmentCandidate } from '../assessments/assessment-candidate.entity';
import { AssessmentPlanCell } from '../assessments/assessment-plan.entity';
import { AssessmentRating } from '../assessments/assessment-rating.entity';
import { AssessmentRound } from '../assessments/assessment-round.entity';
import { Assessor } from '../assessments/assessor.entity';
import { AssessorConflict } from '../assessments/assessor-conflict.entity';
import { Exam } from '../exams/exam.entity';
import { ExamFee } from '../exams/exam-fee.entity';
import { ExamNotice } from '../exams/exam-notice.entity';
import { Position } from '../exams/position.entity';
import { RecruitmentPlanQuarter } from '../exams/recruitment-plan.entity';
import { InterviewRating } from '../interviews/interview-rating.entity';
import { InterviewSession } from '../interviews/interview-session.entity';
import { Interviewer } from '../interviews/interviewer.entity';
import { InterviewerConflict } from '../interviews/interviewer-conflict.entity';
import { Payment } from '../fees/payment.entity';
import { Refund } from '../fees/refund.entity';
import { ApplicantPhoto } from '../photos/applicant-photo.entity';
import { PreparatoryCohort } from '../preparatory-courses/preparatory-cohort.entity';
import { Publication } from '../results/publication.entity';
import { Sitting } from '../results/sitting.entity';
import { Venue } from '../venues/venue.entity';
import { VenueRoom } from '../venues/venue-room.entity';

export const EXAMINATION_ENTITIES = [
  AssessmentPlanCell,
  RecruitmentPlanQuarter,
  PreparatoryCohort,
  Exam,
  ExamFee,
  ExamNotice,
  Position,
  Application,
  ApplicationDocument,
  ApplicantPhoto,
  Payment,
  Refund,
  Venue,
  VenueRoom,
  Interviewer,
  InterviewerConflict,
  InterviewSession,
  InterviewRating,
  Publication,
  Sitting,
  AssessmentRound,
  AssessmentCandidate,
  Assessor,
  AssessorConflict,
  AssessmentAssignment,
  AssessmentRating,
];
