import { ApiProperty } from '@nestjs/swagger';
import { INTERVIEW_GRADES, InterviewGrade } from './vocabulary';

/** A member of the interviewer pool (면접위원 인력풀). */
export class InterviewerView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ example: '박면접' })
  nameKo: string;

  @ApiProperty({ example: '서울대학교 행정대학원' })
  affiliation: string;

  @ApiProperty({ example: '인사행정' })
  expertise: string;

  @ApiProperty({ description: '외부위원: from outside the city government' })
  external: boolean;

  @ApiProperty()
  active: boolean;
}

/** 제척·회피 just declared; `reschedule` says the current schedule has the interviewer on the candidate's panel. */
export class DeclaredInterviewerConflictView {
  @ApiProperty({ format: 'uuid' })
  interviewerId: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ example: '응시자의 대학 지도교수' })
  reason: string;

  @ApiProperty({ format: 'date-time' })
  declaredAt: string;

  @ApiProperty({ example: '박면접' })
  interviewerNameKo: string;

  @ApiProperty({ description: 'schedule the interviews again to keep the interviewer off the panel' })
  reschedule: boolean;
}

/** A declared 제척·회피 of an exam. */
export class InterviewerConflictView {
  @ApiProperty({ format: 'uuid' })
  interviewerId: string;

  @ApiProperty()
  interviewerNameKo: string;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ type: String, nullable: true })
  examNumber: string | null;

  @ApiProperty()
  candidateNameKo: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  declaredAt: string;
}

/** 면접 일정·위원 편성: how many sessions and candidates, on which days. */
export class InterviewScheduleView {
  @ApiProperty()
  sessions: number;

  @ApiProperty()
  candidates: number;

  @ApiProperty({ type: [String], format: 'date', example: ['2027-05-10', '2027-05-11'] })
  days: string[];
}

/** A member of a session's panel. */
export class InterviewPanelistView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'empty when the interviewer is no longer in the pool' })
  nameKo: string;
}

/** A candidate of a session and how far their marking has got. */
export class InterviewCandidateView {
  @ApiProperty({ format: 'uuid', description: 'the application' })
  id: string;

  @ApiProperty({ example: '10100001' })
  examNumber: string;

  @ApiProperty()
  nameKo: string;

  @ApiProperty({ description: 'marks entered so far' })
  marks: number;

  @ApiProperty({ description: 'every panel member has marked every step' })
  complete: boolean;
}

/** One panel's sitting: date, start time, room, panel and candidates. */
export class InterviewSessionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty()
  seq: number;

  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty({ description: 'Seoul wall-clock time, HH:MM', example: '09:30' })
  startsAt: string;

  @ApiProperty({ example: '면접실 1' })
  room: string;

  @ApiProperty({ type: [InterviewPanelistView] })
  panel: InterviewPanelistView[];

  @ApiProperty({ type: [InterviewCandidateView] })
  candidates: InterviewCandidateView[];
}

/** An exam's interview sessions and the steps each candidate is marked on. */
export class InterviewBoardView {
  @ApiProperty({ type: [String], example: ['interview'] })
  steps: string[];

  @ApiProperty({ type: [InterviewSessionView] })
  sessions: InterviewSessionView[];
}

/** 평정표 입력: how many marks were recorded. */
export class RecordedMarksView {
  @ApiProperty()
  recorded: number;
}

/** 최종 합격자 결정 of one position. */
export class PositionOutcomeView {
  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty()
  openings: number;

  @ApiProperty()
  interviewed: number;

  @ApiProperty()
  passed: number;
}

/** A candidate on the final pass list. */
export class PassListEntryView {
  @ApiProperty({ example: '10100001' })
  examNumber: string;

  @ApiProperty()
  nameKo: string;

  @ApiProperty({ type: Number, nullable: true, description: 'written score in hundredths of a point; null in career recruitment' })
  writtenTotal: number | null;

  @ApiProperty({ enum: INTERVIEW_GRADES, enumName: 'InterviewGrade', nullable: true })
  interviewGrade: InterviewGrade | null;
}

/** 최종 합격자 명단 of one position. */
export class PassListPositionView {
  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty({ example: '일반행정 9급' })
  labelKo: string;

  @ApiProperty()
  openings: number;

  @ApiProperty({ type: [PassListEntryView] })
  passed: PassListEntryView[];
}
