import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { ApplicantSignupController } from '../identity/applicant-signup.controller';
import { ExamApplicantController } from './exam-applicant.controller';
import { ExamAssessmentsController } from './exam-assessments.controller';
import { ExamOfficerController } from './exam-officer.controller';
import { ExamPublicController } from './exam-public.controller';

/** The gateway's examination endpoints and the applicants' own sign-up. */
@Module({
  controllers: [ApplicantSignupController, ExamPublicController, ExamApplicantController, ExamOfficerController, ExamAssessmentsController],
  providers: [ServiceClients],
})
export class ExaminationGatewayModule {}
