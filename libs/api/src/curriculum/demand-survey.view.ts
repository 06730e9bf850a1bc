import { ApiProperty } from '@nestjs/swagger';

/** A demand survey (수요조사), with how many answered and whether it takes answers today. */
export class DemandSurveyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2027년 AI 연수 사전 수요조사' })
  titleKo: string;

  @ApiProperty({ example: '2027 AI training pre-survey' })
  titleEn: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The course it is about, if any' })
  courseId: string | null;

  @ApiProperty({ format: 'date', example: '2027-01-02' })
  opensOn: string;

  @ApiProperty({ format: 'date', example: '2027-01-31' })
  closesOn: string;

  @ApiProperty({ description: 'Answers made up by the demo loader to match published shares' })
  generated: boolean;

  @ApiProperty({ type: String, nullable: true })
  sourceNote: string | null;

  @ApiProperty({ example: 50 })
  responses: number;

  @ApiProperty({ description: 'Takes answers today' })
  open: boolean;
}

/** How many respondents gave an answer, and their share in percent (rounded half up). */
export class DemandSurveyShareView {
  @ApiProperty({ description: 'What was answered: a constraint, a weekday, a time, or the question', example: 'childcare' })
  code: string;

  @ApiProperty({ example: 31 })
  count: number;

  @ApiProperty({ example: 62 })
  share: number;
}

/** Daily hours of a given length that the most respondents can attend. */
export class SuggestedHoursView {
  @ApiProperty({ example: '10:00' })
  dailyStartTime: string;

  @ApiProperty({ example: '16:00' })
  dailyEndTime: string;

  @ApiProperty({ description: 'Respondents whose window holds these hours', example: 50 })
  attendable: number;

  @ApiProperty({ example: 50 })
  respondents: number;

  @ApiProperty({ description: 'Percent of respondents, rounded half up', example: 100 })
  share: number;
}

/** A survey's answers in aggregate, and the daily hours that suit most respondents. */
export class DemandSurveyResultsView {
  @ApiProperty({ type: DemandSurveyView })
  survey: DemandSurveyView;

  @ApiProperty({ example: 50 })
  respondents: number;

  @ApiProperty({ type: DemandSurveyShareView, description: '육아로 인한 연수 참여의 어려움' })
  hardDueToChildcare: DemandSurveyShareView;

  @ApiProperty({ type: DemandSurveyShareView, description: '육아 친화적 연수 운영 찬성' })
  wantsChildcareFriendly: DemandSurveyShareView;

  @ApiProperty({ type: [DemandSurveyShareView] })
  constraints: DemandSurveyShareView[];

  @ApiProperty({ type: [DemandSurveyShareView] })
  preferredDays: DemandSurveyShareView[];

  @ApiProperty({ type: [DemandSurveyShareView], description: 'When respondents can start' })
  earliestStarts: DemandSurveyShareView[];

  @ApiProperty({ type: [DemandSurveyShareView], description: 'When respondents must leave' })
  latestEnds: DemandSurveyShareView[];

  @ApiProperty({ type: SuggestedHoursView, nullable: true })
  suggestion: SuggestedHoursView | null;

  @ApiProperty({ type: SuggestedHoursView, nullable: true, description: 'The same for those who find childcare makes training hard' })
  childcareSuggestion: SuggestedHoursView | null;
}

/** One trainee's own answer. */
export class DemandSurveyResponseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  surveyId: string;

  @ApiProperty({ type: String, nullable: true, example: 'MAPO-GU' })
  agencyCode: string | null;

  @ApiProperty()
  hardDueToChildcare: boolean;

  @ApiProperty()
  wantsChildcareFriendly: boolean;

  @ApiProperty({ example: '10:00' })
  earliestStart: string;

  @ApiProperty({ example: '16:00' })
  latestEnd: string;

  @ApiProperty({ type: [String], example: ['tue', 'wed', 'thu'] })
  preferredDays: string[];

  @ApiProperty({ type: [String], example: ['childcare'] })
  constraints: string[];

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty()
  generated: boolean;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;
}

/** The caller's own answer to a survey, or null when they gave none. */
export class MyDemandSurveyResponseView {
  @ApiProperty({ type: DemandSurveyResponseView, nullable: true })
  response: DemandSurveyResponseView | null;
}

/** An answer taken. */
export class DemandSurveyAnswerReceiptView {
  @ApiProperty({ format: 'uuid', description: 'The new response' })
  id: string;
}
