import { CreateTraineeAccountDto, TraineeAccountView, TraineeView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServiceClients } from '../../clients/service-clients';
import { rememberCredentials } from '../credentials';
import { DirectoryQueries } from '../directory.queries';
import { hashPassword } from '../password';
import { judgePassword } from '../password-policy';
import { announceUsers } from '../user-events';
import { User } from '../user.entity';

/** Letters and digits that cannot be confused when read out or copied from paper. */
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomPassword = () => Array.from({ length: 12 }, () => READABLE[randomInt(READABLE.length)]).join('') + '!';
/** A temporary password passes the same policy as any other (a random draw that happens to look like a word is drawn again). */
export function temporaryPassword(personal: string[] = []): string {
  for (;;) {
    const password = randomPassword();
    if (judgePassword(password, personal).ok) return password;
  }
}

/**
 * 교육생 계정 발급, the one workflow that spans two services synchronously, because the agency
 * admin waits for the temporary password: (1) the gateway makes the sign-in account, (2)
 * enrollment makes the trainee record linked by the account's id. If step 2 fails for any reason
 * (refused, unreachable, timed out) the compensation removes the account again, so no account is
 * left without its trainee.
 */
@Injectable()
export class IssueTraineeAccount {
  constructor(
    private readonly directory: DirectoryQueries,
    private readonly services: ServiceClients,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(caller: AuthUser, authorization: string | undefined, body: CreateTraineeAccountDto): Promise<TraineeAccountView> {
    const agencyCode = caller.role === 'agency_admin' ? caller.agencyCode : (body.agencyCode ?? null);
    if (!agencyCode) throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
    const password = temporaryPassword([body.email, body.name]);
    const user = await this.createAccount(caller.tenantId, body, agencyCode, password);
    try {
      const trainee = await this.services.call<TraineeView>('enrollment', '/trainees', {
        authorization,
        method: 'POST',
        body: {
          name: body.name,
          employeeNo: body.employeeNo,
          grade: body.grade,
          position: body.position,
          jobSeries: body.jobSeries,
          agencyCode,
          userId: user.id,
        },
      });
      return {
        user: { id: user.id, email: user.email, name: user.name, role: user.role, agencyCode },
        temporaryPassword: password,
        trainee,
      };
    } catch (error) {
      await this.removeAccount(user);
      throw error;
    }
  }

  /** Step 1: the account, with a temporary password it must replace at first sign-in. */
  private async createAccount(tenantId: string, body: CreateTraineeAccountDto, agencyCode: string, password: string): Promise<User> {
    const email = body.email.toLowerCase();
    if (await this.directory.userByEmail(tenantId, email)) {
      throw conflict('AUTH.EMAIL_TAKEN', { field: 'email', message: '이미 있는 이메일입니다 / An account with this e-mail exists' });
    }
    const user: User = {
      id: randomUUID(),
      tenantId,
      email,
      name: body.name,
      role: 'trainee',
      agencyCode,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      credentialVersion: 1,
      disabledAt: null,
      verifiedAt: new Date(),
    };
    await this.dataSource.transaction(async (tx) => {
      await this.directory.insertUser(tx, user);
      await announceUsers(tx, this.publisher, [user]);
    });
    return user;
  }

  /** The compensation of step 1. */
  private async removeAccount(user: User): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.directory.deleteUser(tx, user.id);
      // The account announced in step 1 is gone: its contact must not stay reachable.
      await announceUsers(tx, this.publisher, [{ ...user, disabledAt: new Date() }]);
    });
    await rememberCredentials(this.cache, user.id, null);
  }
}
