import { CreateInstructorDto, INSTITUTE_USERS, InstructorView, UpdateInstructorDto } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { STAFF } from '../shared/roles';
import { instructorsOf, isStaff, toInstructorView } from './instructors.queries';
import { SaveInstructorUseCase } from './usecases/save-instructor/save-instructor.usecase';

@ApiTags('instructors')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor
// assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('instructors')
export class InstructorsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly saveInstructor: SaveInstructorUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [InstructorView], description: 'Contact details (email, phone) for staff only' })
  async list(@CurrentUser() user: AuthUser): Promise<InstructorView[]> {
    return (await instructorsOf(this.dataSource.manager, user.tenantId)).map((i) => toInstructorView(i, isStaff(user)));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: InstructorView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateInstructorDto): Promise<InstructorView> {
    return this.saveInstructor.create(user, body);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: InstructorView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInstructorDto,
  ): Promise<InstructorView> {
    return this.saveInstructor.update(user, id, body);
  }
}
