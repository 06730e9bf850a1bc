import { EnrollmentApplicationView, LearningProgressDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { applicationView } from '../applications/application.view';
import { CompleteCohortUseCase } from './usecases/complete-cohort/complete-cohort.usecase';

/** An application's e-learning progress: completion's, so it lives here (applications sit below completion). */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class LearningProgressController {
  constructor(private readonly completion: CompleteCohortUseCase) {}

  /** E-learning progress (진도율) from the LMS; reaching the course's threshold completes the course. */
  @Put(':id/progress')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async progress(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: LearningProgressDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.completion.recordProgress(user, id, body.percent));
  }
}
