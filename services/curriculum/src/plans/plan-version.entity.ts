import type { PlanVersionStatus } from '@baeum/api';
import type { PlanVersionKind } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EducationType } from '../courses/course.entity';

export type { PlanVersionStatus };

/**
 * A figure printed with a plan but kept out of its totals: the source's parenthetical
 * u-지식여행 (33,000) and the footnote on international training (10회 144명).
 */
export interface MemoLine {
  kind: 'parenthetical' | 'footnote';
  /** The section it is printed in; footnotes belong to the whole table. */
  educationType: EducationType | null;
  labelKo: string;
  labelEn: string;
  sessions: number | null;
  trainees: number | null;
  /**
   * Its plan per quarter, when the source gives one (2-7's international training for foreign
   * officials: sessions and trainees per quarter, kept out of the totals as printed).
   */
  quarters?: {
    sessions: number[];
    trainees: number[];
    /** The budget it plans to spend per quarter, in won (2-7's 예산집행 계획); null when the source gives none. */
    budget?: number[] | null;
    /**
     * The course category (field or subfield code) its courses are catalogued under, so that their
     * cohorts can be counted against it: 2-7's `international_training`.
     */
    categoryCode?: string;
  } | null;
}

/**
 * Figures a source document printed for this version, kept so that reports can show where
 * their own arithmetic differs from the print (source-discrepancies.md) instead of silently.
 */
export interface SourceFigures {
  /** The document they come from, e.g. "서울특별시 인재개발원 2022 주요업무보고". */
  documentKo: string;
  /** Printed shares of all courses in percent: 대면 / 비대면 / e-러닝. */
  deliveryShares?: { faceToFace: number; nonFaceToFace: number; eLearning: number };
  /** Printed share of general courses run non-face-to-face, in percent. */
  generalNonFaceToFaceShare?: number;
  /** Printed change against the previous year, and the plan it was computed against. */
  change?: { basis: PlanVersionKind; total: ChangeFigures; general: ChangeFigures; eLearning: ChangeFigures };
  /** Printed e-learning trainees per quarter. */
  eLearningQuarterTrainees?: number[];
  /** Printed headline of planned trainees in thousands. */
  headlineTraineesThousand?: number;
}

export interface ChangeFigures {
  courses: number;
  trainees: number;
}

/** A version of a fiscal year's training plan (교육훈련계획): 당초, then 변경 1, 2, … */
@Entity({ name: 'plan_version' })
@Index('IDX_plan_version_tenant_year_no', ['tenantId', 'fiscalYear', 'versionNo'], { unique: true })
export class PlanVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  kind: PlanVersionKind;

  @Column('int', { name: 'version_no' })
  versionNo: number;

  @Column('text')
  status: PlanVersionStatus;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  @Column('jsonb', { name: 'memo_lines' })
  memoLines: MemoLine[];

  @Column('jsonb', { name: 'source_figures', nullable: true })
  sourceFigures: SourceFigures | null;

  @Column('uuid', { name: 'based_on_id', nullable: true })
  basedOnId: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;

  @Column('uuid', { name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
