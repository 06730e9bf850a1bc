import { ConflictException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** Messages follow the platform's "한국어 / English" convention. */
export const notFound = (ko: string, en: string) => new NotFoundException(`${ko}을(를) 찾을 수 없습니다 / ${en} not found`);

export const conflict = (ko: string, en: string) => new ConflictException({ statusCode: 409, message: `${ko} / ${en}` });

/** PostgreSQL's unique_violation (23505). */
export const isUniqueViolation = (error: unknown): boolean => error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';
