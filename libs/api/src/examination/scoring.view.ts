import { ApiProperty } from '@nestjs/swagger';

/** 필기 성적 등록: the subjects of the scanner's file and how many candidates were scored or absent. */
export class ScoreImportView {
  @ApiProperty({ type: [String], example: ['국어', '영어', '한국사', '행정법총론', '행정학개론'] })
  subjects: string[];

  @ApiProperty()
  scored: number;

  @ApiProperty()
  absent: number;
}

/** 필기 합격선: the written pass mark of one position and what it decided. */
export class PassMarkView {
  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty()
  openings: number;

  @ApiProperty({ example: 150 })
  passMultiplePercent: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'the last passing written score, in hundredths of a point; null when nobody passes',
    example: 7000,
  })
  cutoff: number | null;

  @ApiProperty()
  passed: number;

  @ApiProperty()
  failed: number;

  @ApiProperty()
  absent: number;
}

/** 서류전형: how many decisions were recorded and how many passed. */
export class DocumentScreeningView {
  @ApiProperty()
  screened: number;

  @ApiProperty()
  passed: number;
}
