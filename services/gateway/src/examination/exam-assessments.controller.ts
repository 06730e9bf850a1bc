import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ExamClient } from './exam-client';

type Id = string;
const uuid = () => new ParseUUIDPipe();

/** Competency assessments (역량평가): rounds and assessors for the officer, the rating form, the candidate's feedback. */
@ApiTags('exam: competency assessments')
@ApiBearerAuth()
@Controller('api/exam')
export class ExamAssessmentsController {
  constructor(private readonly exam: ExamClient) {}

  @Get('assessment-models')
  models(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/assessment-models');
  }

  @Get('assessment-rounds')
  rounds(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/assessment-rounds');
  }

  @Post('assessment-rounds')
  createRound(@Headers('authorization') auth: string, @Body() body: unknown) {
    return this.exam.call(auth, '/assessment-rounds', { method: 'POST', body });
  }

  @Get('assessment-rounds/:id')
  round(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/assessment-rounds/${id}`);
  }

  @Post('assessment-rounds/:id/candidates')
  addCandidate(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/assessment-rounds/${id}/candidates`, { method: 'POST', body });
  }

  @Post('assessment-rounds/:id/assignments')
  @HttpCode(200)
  assign(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/assessment-rounds/${id}/assignments`, { method: 'POST' });
  }

  @Post('assessment-rounds/:id/consolidation')
  @HttpCode(200)
  consolidate(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/assessment-rounds/${id}/consolidation`, { method: 'POST' });
  }

  @Post('assessment-rounds/:id/sitting')
  sitting(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/assessment-rounds/${id}/sitting`, { method: 'POST', body });
  }

  @Get('assessors')
  assessors(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/assessors');
  }

  @Post('assessors')
  addAssessor(@Headers('authorization') auth: string, @Body() body: unknown) {
    return this.exam.call(auth, '/assessors', { method: 'POST', body });
  }

  @Post('assessors/:id/conflicts')
  declareConflict(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id, @Body() body: unknown) {
    return this.exam.call(auth, `/assessors/${id}/conflicts`, { method: 'POST', body });
  }

  /** The assessor's rating form: their candidates and techniques. */
  @Get('assessments/assignments/mine')
  myAssignments(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/assessments/assignments/mine');
  }

  @Put('assessments/ratings')
  rate(@Headers('authorization') auth: string, @Body() body: unknown) {
    return this.exam.call(auth, '/assessments/ratings', { method: 'PUT', body });
  }

  /** The signed-in official's feedback reports. */
  @Get('assessment-feedback/mine')
  myFeedback(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/assessment-feedback/mine');
  }

  @Get('assessment-candidates/:id/feedback')
  feedback(@Headers('authorization') auth: string, @Param('id', uuid()) id: Id) {
    return this.exam.call(auth, `/assessment-candidates/${id}/feedback`);
  }

  @Get('preparatory-cohorts')
  preparatoryCohorts(@Headers('authorization') auth: string) {
    return this.exam.call(auth, '/preparatory-cohorts');
  }
}
