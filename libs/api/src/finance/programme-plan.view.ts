import { ApiProperty } from '@nestjs/swagger';

const WON = { type: String, description: 'Integer won as a string (bigint)', example: '90000000' } as const;

/** A programme's count per quarter (3-3's facility projects), planned and booked on its line. */
export class ProgrammeCountsView {
  @ApiProperty({ example: '사업수', description: 'What is counted, as the source names it' })
  labelKo: string;

  @ApiProperty({ example: 'Projects' })
  labelEn: string;

  @ApiProperty({ type: [Number], description: 'Q1…Q4 as planned', example: [2, 3, 2, 1] })
  planned: number[];

  @ApiProperty({ example: 8 })
  plannedTotal: number;

  @ApiProperty({
    type: [Number],
    nullable: true,
    description: "Commitments booked on the programme's line per quarter of their booking (null when it has no line here)",
    example: [1, 0, 0, 0],
  })
  booked: number[] | null;

  @ApiProperty({ type: Number, nullable: true, example: 1 })
  bookedTotal: number | null;
}

/** A programme's budget per quarter: its plan, and what was committed on its line by the date. */
export class ProgrammeBudgetView {
  @ApiProperty({ type: [String], description: 'Q1…Q4, integer won as strings', example: ['90000000', '150000000', '90000000', '80000000'] })
  planned: string[];

  @ApiProperty(WON)
  plannedTotal: string;

  @ApiProperty({
    type: [String],
    nullable: true,
    description: "Committed on the programme's line per quarter (null when it is funded outside the institute's budget)",
    example: ['12000000', '0', '0', '0'],
  })
  booked: string[] | null;

  @ApiProperty({ ...WON, nullable: true })
  bookedTotal: string | null;
}

/** One programme of the work report that finance plans per quarter apart from the lines' own rows. */
export class ProgrammePlanView {
  @ApiProperty({ example: '3-3', description: "The work report's section" })
  programme: string;

  @ApiProperty({ example: '교육환경 변화에 발맞춘 시설 개선' })
  labelKo: string;

  @ApiProperty({ example: 'Facility improvements for the changing learning environment' })
  labelEn: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'BUILDING-REPAIR',
    description: 'The line that funds it; null when funded outside the book',
  })
  budgetLineCode: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '대외협력기금',
    description: 'The fund that pays for it when it is not a line of the book',
  })
  fundKo: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'External Cooperation Fund' })
  fundEn: string | null;

  @ApiProperty({
    type: ProgrammeCountsView,
    nullable: true,
    description: 'What the programme counts per quarter (3-3: projects); null for none',
  })
  counts: ProgrammeCountsView | null;

  @ApiProperty({ type: ProgrammeBudgetView })
  budget: ProgrammeBudgetView;
}

/** 사업별 분기 계획: the work report's programmes planned per quarter outside the lines' own plans (2-7's budget, 3-3's projects). */
export class ProgrammePlanReportView {
  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ example: '2022-12-31' })
  asOf: string;

  @ApiProperty({ type: [ProgrammePlanView] })
  programmes: ProgrammePlanView[];
}
