import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AdminUsersModule } from './admin-users/admin-users.module';
import { ServiceClients } from './clients/service-clients';
import { CohortsController } from './cohorts/cohorts.controller';
import { CurriculumController } from './curriculum/curriculum.controller';
import { InstituteSettingsController } from './curriculum/institute-settings.controller';
import { GatewayEnv } from './config/env';
import { EnrollmentGatewayModule } from './enrollment/enrollment.module';
import { gatewayDatabase } from './database/settings';
import { ExaminationGatewayModule } from './examination/examination.module';
import { FinanceController } from './finance/finance.controller';
import { AuthModule } from './identity/auth.module';
import { InboxGatewayModule } from './inbox/inbox.module';
import { UserCredentialCheck } from './identity/credentials';
import { PasswordPolicyWarmUp } from './identity/password-policy';
import { SignUpModule } from './identity/sign-up.module';
import { PlatformModule } from './platform/platform.module';

@Module({})
export class GatewayModule {
  static forRoot(env: GatewayEnv, logger: Logger): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'gateway', env, logger, credentialCheck: UserCredentialCheck, idempotency: false }),
        TypeOrmModule.forRoot(dataSourceOptions(gatewayDatabase(env))),
        // The outbox carries identity's events (sign-up, password reset); no handlers yet: read models built from other
        // services' events will live here.
        MessagingModule.forService({ service: 'gateway', handlers: [] }),
        AuthModule,
        SignUpModule,
        ExaminationGatewayModule,
        EnrollmentGatewayModule,
        AdminUsersModule,
        InboxGatewayModule,
        PlatformModule,
      ],
      controllers: [CohortsController, CurriculumController, InstituteSettingsController, FinanceController],
      providers: [ServiceClients, PasswordPolicyWarmUp],
    };
  }
}
