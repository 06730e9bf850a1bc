import { PublishedReadModels } from '@baeum/service-kit';
import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { AuthModule } from '../identity/auth.module';
import { WaitingRoomModule } from '../waiting-room/waiting-room.module';
import { ExamApplicantController } from './exam-applicant.controller';
import { ExamAssessmentsController } from './exam-assessments.controller';
import { ExamOfficerController } from './exam-officer.controller';
import { ExamPublicController } from './exam-public.controller';
import { ResultLookup } from './result-lookup';

/** The gateway's examination endpoints (the applicants' own sign-up is identity's SignUpModule). */
@Module({
  imports: [AuthModule, WaitingRoomModule],
  controllers: [ExamPublicController, ExamApplicantController, ExamOfficerController, ExamAssessmentsController],
  providers: [ServiceClients, PublishedReadModels, ResultLookup],
})
export class ExaminationGatewayModule {}
