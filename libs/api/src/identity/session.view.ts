import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, Role } from '../common/roles';

/** The signed-in person, as the pages show them. */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '김교육' })
  name: string;

  @ApiProperty({ example: 'trainee@seoul-hrd.example' })
  email: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, description: 'Every role the user holds; the session acts in `role`' })
  roles: Role[];

  @ApiProperty({ type: String, nullable: true, description: "A trainee's or agency admin's agency, by code", example: 'MAPO-GU' })
  agencyCode: string | null;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ example: 'seoul-hrd' })
  tenantSlug: string;

  @ApiProperty({ example: '서울특별시 인재개발원' })
  tenantName: string;

  @ApiPropertyOptional({ example: 'Seoul Metropolitan Human Resources Development Center' })
  tenantNameEn?: string;

  @ApiProperty({ description: 'Signed in with a temporary password: a new one must be set first' })
  mustChangePassword: boolean;
}

/** A new session: the access token, its lifetime and who it is for. */
export class SessionView {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the token expires', example: 900 })
  expiresIn: number;

  @ApiProperty({ type: UserView })
  user: UserView;
}
