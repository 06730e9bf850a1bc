import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsObject,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** At most this many questions in a subject, and subjects in an exam. */
export const MAX_QUESTIONS = 100;
export const MAX_KEY_SUBJECTS = 10;
/** An objection's reason, in characters. */
export const OBJECTION_REASON_MAX = 2000;
/** How many objections one applicant may file per exam. */
export const MAX_OBJECTIONS_PER_APPLICANT = 10;

/** One subject's key: the correct choice of each question and its points (summing to 100). */
export class AnswerKeySubjectDto {
  @ApiProperty({ example: '국어' })
  @IsString()
  @Length(1, 40)
  name: string;

  @ApiProperty({ enum: [4, 5], description: 'choices per question (사지선다 4, 오지선다 5)' })
  @IsIn([4, 5], { message: '선택지 수는 4 또는 5입니다 / choices must be 4 or 5' })
  choices: number;

  @ApiProperty({ type: [Number], example: [1, 3, 2, 4], description: 'the correct choice of each question, in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(5, { each: true })
  answers: number[];

  @ApiProperty({ type: [Number], example: [25, 25, 25, 25], description: "each question's points, two decimals at most; they sum to 100" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @IsNumber({ maxDecimalPlaces: 2 }, { each: true })
  @Min(0.01, { each: true })
  @Max(100, { each: true })
  points: number[];
}

/** 가답안 입력: the exam's keys, editable until they are published. */
export class AnswerKeysDto {
  @ApiProperty({ type: [AnswerKeySubjectDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_KEY_SUBJECTS)
  // A list inside the list is no subject (ValidateNested would pass an empty one through).
  @IsObject({ each: true, message: 'subjects: 과목마다 이름·선택지·정답·배점이 있어야 합니다 / each subject must be an object' })
  @ValidateNested({ each: true })
  @Type(() => AnswerKeySubjectDto)
  subjects: AnswerKeySubjectDto[];
}

const instant = (field: string) =>
  IsISO8601(
    { strict: true, strictSeparator: true },
    { message: `${field}: ISO 8601 일시를 입력하세요 / ${field} must be an ISO instant`, context: { code: 'VALIDATION.DATE' } },
  );

/** 가답안 공개 with the objection window (이의제기 기간); published again, it moves the window. */
export class ProvisionalKeysDto {
  @ApiProperty({ example: '2027-04-06T00:00:00Z' })
  @instant('objectionOpensAt')
  objectionOpensAt: string;

  @ApiProperty({ example: '2027-04-09T09:00:00Z' })
  @instant('objectionClosesAt')
  objectionClosesAt: string;
}

/** A question of the keys: its subject and number. */
export class KeyQuestionDto {
  @ApiProperty({ example: '국어' })
  @IsString()
  @Length(1, 40)
  subject: string;

  @ApiProperty({ example: 7 })
  @IsInt()
  @Min(1)
  @Max(MAX_QUESTIONS)
  question: number;
}

/** 이의제기: the answer the applicant holds right (a choice, or 0: no choice is right) and why. */
export class ObjectionDto extends KeyQuestionDto {
  @ApiProperty({ example: 3, description: 'the choice held right, or 0 for "no correct answer" (정답 없음)' })
  @IsInt()
  @Min(0)
  @Max(5)
  claim: number;

  @ApiProperty({ maxLength: OBJECTION_REASON_MAX })
  @IsString()
  @Length(1, OBJECTION_REASON_MAX)
  reason: string;
}

/** 이의제기 심사: one question's decision. Accepted, the question's correct choices become `correct`. */
export class ObjectionDecisionDto extends KeyQuestionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] })
  @IsIn(['accepted', 'rejected'], { message: '결정은 인용(accepted) 또는 기각(rejected)입니다 / outcome must be accepted or rejected' })
  outcome: 'accepted' | 'rejected';

  @ApiPropertyOptional({
    type: [Number],
    example: [2, 3],
    description: 'accepted only: the correct choices from now on (one, several, or every choice: 전항 정답)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(5, { each: true })
  correct?: number[];

  @ApiProperty({ maxLength: OBJECTION_REASON_MAX })
  @IsString()
  @Length(1, OBJECTION_REASON_MAX)
  reason: string;
}
