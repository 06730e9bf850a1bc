import { Module } from '@nestjs/common';
import { AuthController, ProfileController } from './auth.controller';
import { AuthQueries } from './auth.queries';
import { DirectoryQueries } from './directory.queries';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetQueries } from './password-reset.queries';
import { ChangePasswordUseCase } from './usecases/change-password/change-password.usecase';
import { ConfirmPasswordResetUseCase } from './usecases/confirm-password-reset/confirm-password-reset.usecase';
import { RequestPasswordResetUseCase } from './usecases/request-password-reset/request-password-reset.usecase';
import { UpdateProfileUseCase } from './usecases/update-profile/update-profile.usecase';

/**
 * Sign-in, who-am-I, the password change and the password reset by mailed link (events through the gateway's outbox);
 * exports identity's reads (DirectoryQueries) to the gateway's other features.
 */
@Module({
  controllers: [AuthController, ProfileController, PasswordResetController],
  providers: [
    AuthQueries,
    DirectoryQueries,
    PasswordResetQueries,
    ChangePasswordUseCase,
    RequestPasswordResetUseCase,
    ConfirmPasswordResetUseCase,
    UpdateProfileUseCase,
  ],
  exports: [DirectoryQueries],
})
export class AuthModule {}
