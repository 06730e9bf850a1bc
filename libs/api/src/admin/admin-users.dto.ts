import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Role, ROLES } from '../common/roles';
import { TRAINEE_AGENCY_CODE } from '../enrollment/trainee.dto';

/** Roles an administrator gives on the users screen: applicants sign up themselves, trainees are issued with their record. */
export const ASSIGNABLE_ROLES = ROLES.filter((role) => role !== 'applicant' && role !== 'trainee' && role !== 'platform_operator');
/** Roles that belong to an agency (기관): a person holding one needs an agency. */
export const AGENCY_ROLES: readonly Role[] = ['agency_admin', 'trainee'];
export const USER_STATUSES = ['active', 'disabled', 'unverified'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

const AGENCY_MESSAGE = '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code';
const ROLE_MESSAGE = '역할이 올바르지 않습니다 / roles must be known roles';

/** `GET /api/admin/users`: a page of the institute's users, narrowed by words, role, agency and status. */
export class AdminUserQuery {
  @ApiPropertyOptional({ description: 'Words of the name or e-mail', example: '김' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role?: Role;

  @ApiPropertyOptional({ example: 'MAPO-GU' })
  @IsOptional()
  @Matches(TRAINEE_AGENCY_CODE, { message: AGENCY_MESSAGE })
  agencyCode?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES, enumName: 'UserStatus' })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ description: 'From 1', example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ description: '1-100, 20 by default', example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** 사용자 등록: a staff account, with a temporary password it must replace at first sign-in. */
export class CreateAdminUserDto {
  @ApiProperty({ example: 'park.staff@seoul-hrd.example' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: '박운영' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiProperty({
    enum: ASSIGNABLE_ROLES,
    enumName: 'AssignableRole',
    isArray: true,
    description: 'The first held in menu order is the primary role',
  })
  @IsArray()
  @ArrayMinSize(1, { message: '역할을 하나 이상 고르세요 / choose at least one role' })
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ASSIGNABLE_ROLES, { each: true, message: ROLE_MESSAGE })
  roles: Role[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'MAPO-GU', description: 'Required for agency roles (agency_admin)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(TRAINEE_AGENCY_CODE, { message: AGENCY_MESSAGE })
  agencyCode?: string | null;
}

/** 사용자 정보 변경: any of name, roles and agency. */
export class UpdateAdminUserDto {
  @ApiPropertyOptional({ example: '박운영' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: '역할을 하나 이상 고르세요 / choose at least one role' })
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles?: Role[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'MAPO-GU' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(TRAINEE_AGENCY_CODE, { message: AGENCY_MESSAGE })
  agencyCode?: string | null;
}

/** One user as the administrator sees them. */
export class AdminUserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'park.staff@seoul-hrd.example' })
  email: string;

  @ApiProperty({ example: '박운영' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', description: 'The primary role (sign-in acts in it)' })
  role: Role;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];

  @ApiProperty({ type: String, nullable: true, example: 'MAPO-GU' })
  agencyCode: string | null;

  @ApiProperty({ enum: USER_STATUSES, enumName: 'UserStatus' })
  status: UserStatus;

  @ApiProperty({ description: 'Must replace a temporary password at next sign-in' })
  mustChangePassword: boolean;
}

export class AdminUserPage {
  @ApiProperty({ type: [AdminUserView] })
  items: AdminUserView[];

  @ApiProperty({ example: 42 })
  total: number;

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 20 })
  pageSize: number;
}

/** A new account or a reset password: the temporary password is shown this once. */
export class AdminUserPasswordView {
  @ApiProperty({ type: AdminUserView })
  user: AdminUserView;

  @ApiProperty({ example: 'kT7mQ2xZp9Rw!' })
  temporaryPassword: string;
}

/** `POST /api/auth/switch-role`: act in another of one's own roles. */
export class SwitchRoleDto {
  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES, { message: ROLE_MESSAGE })
  role: Role;
}
