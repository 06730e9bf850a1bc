import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsUUID, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { ATTENDANCE_MARKS, AttendanceMark } from './enums';

/** One trainee's mark for one training day. */
export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', {
    context: { code: 'VALIDATION.ID' },
    message: '수강신청 ID가 올바르지 않습니다 / applicationId must be an application id (UUID)',
  })
  applicationId: string;

  @ApiProperty({ example: '2027-03-02' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: '교육일을 YYYY-MM-DD 형식으로 입력하세요 / day must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  day: string;

  @ApiProperty({ enum: ATTENDANCE_MARKS, enumName: 'AttendanceMark', nullable: true, description: 'null clears the day' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(ATTENDANCE_MARKS, {
    message:
      '출결은 출석(present)·지각(late)·결석(absent)·공결(excused) 중 하나이거나 빈 값(null)입니다 / mark must be present, late, absent, excused or null',
  })
  mark: AttendanceMark | null;
}

/** 출석부: marks entered on the page, any number of trainees and days at once. */
export class AttendanceEntriesDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries: AttendanceEntryDto[];
}
