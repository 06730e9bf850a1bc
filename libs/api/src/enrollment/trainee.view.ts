import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES } from '../common/roles';

/** A serving official (교육생) of an agency, as their agency admin and their institute keep them. */
export class TraineeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: "The trainee's home institute" })
  tenantId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Their sign-in account, once they have one' })
  userId: string | null;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ type: String, nullable: true, example: 'S2022-0042', description: '직원번호 / staff number' })
  employeeNo: string | null;

  @ApiProperty({ example: '김서울' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: '7급' })
  grade: string | null;

  @ApiProperty({ type: String, nullable: true, example: '주무관' })
  position: string | null;

  @ApiProperty({ type: String, nullable: true, example: '행정' })
  jobSeries: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

/** 교육생 일괄 등록: new staff numbers added, known ones updated. */
export class TraineeImportResultView {
  @ApiProperty()
  created: number;

  @ApiProperty()
  updated: number;
}

/** The sign-in account made for a trainee. */
export class TraineeAccountUserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'kim.seoul@mapo.example' })
  email: string;

  @ApiProperty({ example: '김서울' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'trainee' })
  role: Role;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;
}

/** 교육생 계정 발급: the account, its temporary password (shown this once) and the trainee record. */
export class TraineeAccountView {
  @ApiProperty({ type: TraineeAccountUserView })
  user: TraineeAccountUserView;

  @ApiProperty({ description: 'Shown once; the trainee must replace it at first sign-in' })
  temporaryPassword: string;

  @ApiProperty({ type: TraineeView })
  trainee: TraineeView;
}
