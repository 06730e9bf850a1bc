import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ENROLLMENT_STATUSES, EnrollmentStatus } from './enums';

/** An agency admin's applications of their staff, of one cohort or in one state. */
export class AgencyApplicationsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '기수 ID가 올바르지 않습니다 / cohortId must be a cohort id (UUID)' })
  cohortId?: string;

  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES, enumName: 'EnrollmentStatus' })
  @IsOptional()
  @IsIn(['pending', 'approved', 'waitlisted', 'confirmed', 'cancelled', 'rejected'], {
    message: '신청 상태가 올바르지 않습니다 / status must be an application status',
  })
  status?: EnrollmentStatus;
}
