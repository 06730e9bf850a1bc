import { CreateTraineeAccountDto, TraineeAccountView } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { IssueTraineeAccount } from './workflows/issue-trainee-account.workflow';

/** 교육생 계정 발급: an agency admin (or institute staff) makes a trainee's account; the temporary password is shown once. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/trainee-accounts')
export class TraineeAccountsController {
  constructor(private readonly issueTraineeAccount: IssueTraineeAccount) {}

  @Post()
  @Roles('agency_admin', 'course_manager', 'admin')
  @ApiCreatedResponse({ type: TraineeAccountView })
  create(
    @CurrentUser() caller: AuthUser,
    @Headers('authorization') authorization: string,
    @Body() body: CreateTraineeAccountDto,
  ): Promise<TraineeAccountView> {
    return this.issueTraineeAccount.execute(caller, authorization, body);
  }
}
