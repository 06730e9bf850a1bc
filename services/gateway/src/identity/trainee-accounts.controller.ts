import { CreateTraineeAccountDto, TraineeAccountView, TraineeView } from '@baeum/api';
import { AuthUser, conflict, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServiceClients } from '../clients/service-clients';
import { hashPassword } from './password';
import { User } from './user.entity';

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
  @ApiCreatedResponse({ type: TraineeAccountView })
  async create(@CurrentUser() caller: AuthUser, @Headers('authorization') authorization: string, @Body() body: CreateTraineeAccountDto): Promise<TraineeAccountView> {
    const agencyCode = caller.role === 'agency_admin' ? caller.agencyCode : (body.agencyCode ?? null);
    if (!agencyCode) throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
    const email = body.email.toLowerCase();
    const users = this.dataSource.getRepository(User);
    if (await users.findOne({ where: { tenantId: caller.tenantId, email } })) {
      throw conflict('AUTH.EMAIL_TAKEN', { field: 'email', message: '이미 있는 이메일입니다 / An account with this e-mail exists' });
    }
    const password = temporaryPassword();
    const user: User = { id: randomUUID(), tenantId: caller.tenantId, email, name: body.name, role: 'trainee', agencyCode, passwordHash: await hashPassword(password), mustChangePassword: true };
    await users.insert(user);
    try {
      const trainee = await this.services.call<TraineeView>('enrollment', '/trainees', {
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
