import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** A request that is well formed but conflicts with the state of things (closed, full, already done). */
export const conflict = (message: string) => new ConflictException({ statusCode: 409, message });
export const notFound = (what: 'cohort' | 'application' | 'trainee' | 'certificate' | 'import') =>
  new NotFoundException(
    {
      cohort: '기수를 찾을 수 없습니다 / Cohort not found',
      application: '신청을 찾을 수 없습니다 / Application not found',
      trainee: '교육생을 찾을 수 없습니다 / Trainee not found',
      certificate: '수료증을 찾을 수 없습니다 / Certificate not found',
      import: '가져오기 작업을 찾을 수 없습니다 / Import not found',
    }[what],
  );
export const forbidden = (message: string) => new ForbiddenException(message);

/** A unique index refused the row (PostgreSQL 23505): a duplicate, which the caller names. */
export const isUniqueViolation = (error: unknown): boolean => error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';
