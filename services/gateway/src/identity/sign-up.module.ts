import { Module } from '@nestjs/common';
import { ApplicantSignupController } from './applicant-signup.controller';
import { SignUpQueries } from './sign-up.queries';
import { SignUpApplicantUseCase } from './usecases/sign-up-applicant/sign-up-applicant.usecase';
import { VerifySignUpUseCase } from './usecases/verify-sign-up/verify-sign-up.usecase';

/** Applicants' own sign-up and the mailed link that verifies it (events through the gateway's outbox). */
@Module({
  controllers: [ApplicantSignupController],
  providers: [SignUpQueries, SignUpApplicantUseCase, VerifySignUpUseCase],
})
export class SignUpModule {}
