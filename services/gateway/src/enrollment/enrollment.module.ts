import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { AuthModule } from '../identity/auth.module';
import { TraineeAccountsController } from '../identity/trainee-accounts.controller';
import { IssueTraineeAccount } from '../identity/workflows/issue-trainee-account.workflow';
import { AgencyAdminController } from './agency-admin.controller';
import { EnrollmentFilesController } from './enrollment-files.controller';
import { EnrollmentController } from './enrollment.controller';
import { HostTenants } from './host-tenants';

/** The gateway's part of enrollment: its pages' API, certificate files, trainee accounts and the administration of agencies. */
@Module({
  imports: [AuthModule],
  controllers: [EnrollmentController, EnrollmentFilesController, TraineeAccountsController, AgencyAdminController],
  providers: [ServiceClients, HostTenants, IssueTraineeAccount],
})
export class EnrollmentGatewayModule {}
