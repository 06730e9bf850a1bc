import { CreateTraineeAccountDto, TraineeAccountView, TraineeView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { nextWriteKey, ServiceClients } from '../../clients/service-clients';
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

/** How often step 2 is asked again under its key when its answer was lost, and the wait before each. */
const ANSWER_ATTEMPTS = 4;
const ANSWER_WAIT_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The account's id, the same for every try of one request (one Idempotency-Key): a try that follows a
 * compensated one makes the account under the id enrollment may already have linked its trainee to,
 * and sends enrollment the very same write, which it then answers as it did the first time. Shaped as
 * a version-4 UUID (the services accept user ids of that form); its bits come from a hash, not a draw.
 */
export function traineeAccountId(tenantId: string, writeKey: string): string {
  const hex = createHash('sha256').update(`trainee-account:${tenantId}:${writeKey}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An answer that says nothing of whether the write was done: asked again under the same key, the service tells. */
const answerLost = (error: unknown) =>
  error instanceof HttpException &&
  (error.getStatus() === 503 ||
    error.getStatus() === 502 ||
    (error.getStatus() === 409 && (error.getResponse() as { code?: string })?.code === 'REQUEST.IN_PROGRESS'));

/**
 * 교육생 계정 발급, the one workflow that spans two services synchronously, because the agency
 * admin waits for the temporary password: (1) the gateway makes the sign-in account, (2)
 * enrollment makes the trainee record linked by the account's id. If step 2 fails for any reason
 * (refused, unreachable, timed out) the compensation removes the account again, so no account is
 * left without its trainee. An answer lost on the way (timed out, unreachable) is first asked for
 * again under the same Idempotency-Key, so a trainee enrollment did record is kept, never orphaned.
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
    const writeKey = nextWriteKey();
    const user = await this.createAccount(caller.tenantId, traineeAccountId(caller.tenantId, writeKey), body, agencyCode, password);
    try {
      const trainee = await this.recordTrainee(authorization, writeKey, {
        name: body.name,
        employeeNo: body.employeeNo,
        grade: body.grade,
        position: body.position,
        jobSeries: body.jobSeries,
        agencyCode,
        userId: user.id,
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

  /** Step 2: the trainee record, asked for again under the same key while its answer is lost. */
  private async recordTrainee(authorization: string | undefined, idempotencyKey: string, trainee: object): Promise<TraineeView> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.services.call<TraineeView>('enrollment', '/trainees', {
          authorization,
          method: 'POST',
          body: trainee,
          idempotencyKey,
        });
      } catch (error) {
        if (!answerLost(error) || attempt >= ANSWER_ATTEMPTS) throw error;
        await sleep(ANSWER_WAIT_MS * attempt);
      }
    }
  }

  /** Step 1: the account, with a temporary password it must replace at first sign-in. */
  private async createAccount(
    tenantId: string,
    id: string,
    body: CreateTraineeAccountDto,
    agencyCode: string,
    password: string,
  ): Promise<User> {
    const email = body.email.toLowerCase();
    if (await this.directory.userByEmail(tenantId, email)) {
      throw conflict('AUTH.EMAIL_TAKEN', { field: 'email', message: '이미 있는 이메일입니다 / An account with this e-mail exists' });
    }
    const user: User = {
      id,
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
