import { AuthUser, CurrentUser, invalidInput, Roles } from '@baeum/service-kit';
import { Body, ConflictException, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServiceClients } from '../clients/service-clients';
import { hashPassword } from './password';
import { User } from './user.entity';

class CreateTraineeAccountDto {
  @ApiProperty({ example: 'kim.seoul@mapo.example' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: '김서울' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: 'MAPO-2024-011' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,30}$/, { message: '직원번호는 영문·숫자·- 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)' })
  employeeNo?: string;

  @ApiPropertyOptional({ example: '9급' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  grade?: string;

  @ApiPropertyOptional({ example: '주무관' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  position?: string;

  @ApiPropertyOptional({ example: '행정' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  jobSeries?: string;

  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Institute staff choose the agency; an agency admin's is their own" })
  @IsOptional()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;
}

/** Letters and digits that cannot be confused when read out or copied from paper. */
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const temporaryPassword = () => Array.from({ length: 12 }, () => READABLE[randomInt(READABLE.length)]).join('') + '!';

/**
 * 교육생 계정 발급: an agency admin (or institute staff) makes a sign-in account for a trainee
 * and their trainee record in enrollment, linked by the new user's id. The temporary password is
 * shown once. If enrollment refuses the record, the account is removed again.
 */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/trainee-accounts')
export class TraineeAccountsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: ServiceClients,
  ) {}

  @Post()
  @Roles('agency_admin', 'course_manager', 'admin')
  async create(@CurrentUser() caller: AuthUser, @Headers('authorization') authorization: string, @Body() body: CreateTraineeAccountDto) {
    const agencyCode = caller.role === 'agency_admin' ? caller.agencyCode : (body.agencyCode ?? null);
    if (!agencyCode) throw invalidInput([{ field: 'agencyCode', messages: ['기관을 고르세요 / choose an agency'] }]);
    const email = body.email.toLowerCase();
    const users = this.dataSource.getRepository(User);
    if (await users.findOne({ where: { tenantId: caller.tenantId, email } })) throw new ConflictException({ statusCode: 409, message: '이미 있는 이메일입니다 / An account with this e-mail exists' });
    const password = temporaryPassword();
    const user: User = { id: randomUUID(), tenantId: caller.tenantId, email, name: body.name, role: 'trainee', agencyCode, passwordHash: await hashPassword(password), mustChangePassword: true };
    await users.insert(user);
    try {
      const trainee = await this.services.call('enrollment', '/trainees', {
        token: authorization.slice('Bearer '.length),
        method: 'POST',
        body: { name: body.name, employeeNo: body.employeeNo, grade: body.grade, position: body.position, jobSeries: body.jobSeries, agencyCode, userId: user.id },
      });
      return { user: { id: user.id, email, name: user.name, role: user.role, agencyCode }, temporaryPassword: password, trainee };
    } catch (error) {
      await users.delete({ id: user.id });
      throw error;
    }
  }
}
