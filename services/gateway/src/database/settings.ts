import { DatabaseSettings } from '@baeum/service-kit';
import { GatewayEnv } from '../config/env';
import { ApplicantProfile } from '../identity/applicant-profile.entity';
import { Tenant } from '../identity/tenant.entity';
import { User } from '../identity/user.entity';
import { Init1763800000000 } from './migrations/1763800000000-init';
import { ApplicantProfile1764100000000 } from './migrations/1764100000000-applicant-profile';
import { MustChangePassword1764200000000 } from './migrations/1764200000000-must-change-password';
import { CredentialVersion1764300000000 } from './migrations/1764300000000-credential-version';
import { SignUpVerification1764400000000 } from './migrations/1764400000000-sign-up-verification';
import { PasswordReset1765400000000 } from './migrations/1765400000000-password-reset';
import { AdminUsers1765500000000 } from './migrations/1765500000000-admin-users';
import { UserDirectoryBackfill1765900000000 } from './migrations/1765900000000-user-directory-backfill';
import { PlatformOperator1765910000000 } from './migrations/1765910000000-platform-operator';
import { UserPhone1765990000001 } from './migrations/1765990000001-user-phone';

export const gatewayDatabase = (env: GatewayEnv): DatabaseSettings => ({
  url: env.DATABASE_URL,
  schema: 'gateway',
  poolSize: env.DB_POOL_SIZE,
  preparedStatements: env.DB_PREPARED_STATEMENTS,
  entities: [Tenant, User, ApplicantProfile],
  migrations: [
    Init1763800000000,
    ApplicantProfile1764100000000,
    MustChangePassword1764200000000,
    CredentialVersion1764300000000,
    SignUpVerification1764400000000,
    PasswordReset1765400000000,
    AdminUsers1765500000000,
    UserDirectoryBackfill1765900000000,
    PlatformOperator1765910000000,
    UserPhone1765990000001,
  ],
});
