import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureRow } from './score-disclosure';

/** A disclosure row as the published read model writes it: whose it is, and the page's key. */
export type PublishedDisclosureRow = DisclosureRow & { id: string; tenantId: string; applicantId: string };

/**
 * The exam's candidates (paid, with an exam number) with their standing in their position, by window
 * functions over the stored written averages: rank among those who sat (ties share a rank), how many
 * sat, how many passed. Absent candidates (no average) come last and get no rank.
 */
const standings = (scope = '') => `
  WITH standing AS (
    SELECT a.id, a.tenant_id, a.applicant_id, a.position_id, a.exam_number, a.written_scores, a.written_total,
           a.written_result,
           -- The bonus the total was computed with (pass-marks.ts totalBonusPercent): the larger statutory one plus the licences'.
           GREATEST(a.veterans_bonus_percent, a.rescuer_bonus_percent) + a.licence_bonus_percent AS bonus_percent,
           CASE WHEN a.written_total IS NOT NULL
                THEN rank() OVER (PARTITION BY a.position_id ORDER BY a.written_total DESC NULLS LAST) END AS rank,
           count(a.written_total) OVER (PARTITION BY a.position_id) AS sat,
           count(*) FILTER (WHERE a.written_result = 'pass') OVER (PARTITION BY a.position_id) AS passed
      FROM examination.application a
     WHERE a.exam_id = $1 AND a.status = 'paid' AND a.exam_number IS NOT NULL ${scope})
  SELECT s.id, s.tenant_id AS "tenantId", s.applicant_id AS "applicantId",
         e.title_ko AS "examTitleKo", e.title_en AS "examTitleEn", s.exam_number AS "examNumber",
         p.job_series_ko || ' ' || p.grade || '급' AS "positionLabelKo", e.subjects AS "subjectNames",
         s.written_scores AS scores, s.bonus_percent AS "bonusPercent", s.written_total AS total,
         s.written_result AS result, p.written_cutoff AS cutoff, s.rank::int AS rank, s.sat::int AS sat,
         s.passed::int AS passed, pub.publish_at AS "publishAt"
    FROM standing s
    JOIN examination.exam e ON e.id = $1
    JOIN examination.position p ON p.id = s.position_id
    JOIN examination.publication pub ON pub.exam_id = $1 AND pub.stage = 'written' AND pub.publish_at <= now()`;

/** Reads of 성적 공개: the stored scores, never their computation. */
@Injectable()
export class ScoreDisclosureQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of the exam's disclosures once its written results are published (none before), in id order
   * after `afterId`; as `publishedResults` does, an applicant with two numbered applications is left to
   * the service. The ranks are computed over the whole exam each page: one sort of its rows per 5,000.
   */
  publishedPage(examId: string, afterId: string | null, limit: number): Promise<PublishedDisclosureRow[]> {
    return this.dataSource.query(
      `${standings()}
        WHERE ($2::uuid IS NULL OR s.id > $2::uuid)
          AND NOT EXISTS (SELECT 1 FROM examination.application o
                           WHERE o.exam_id = $1 AND o.tenant_id = s.tenant_id AND o.applicant_id = s.applicant_id
                             AND o.exam_number IS NOT NULL AND o.id <> s.id)
        ORDER BY s.id
        LIMIT $3`,
      [examId, afterId, limit],
    );
  }

  /** The applicant's own disclosure (ranked within their position only), once the written results are published; undefined before (or without a numbered application). */
  async own(tenantId: string, applicantId: string, examId: string): Promise<DisclosureRow | undefined> {
    const [row]: DisclosureRow[] = await this.dataSource.query(
      `${standings(`AND a.position_id IN (SELECT position_id FROM examination.application
                                            WHERE exam_id = $1 AND tenant_id = $2 AND applicant_id = $3)`)}
        WHERE s.tenant_id = $2 AND s.applicant_id = $3
        ORDER BY s.exam_number
        LIMIT 1`,
      [examId, tenantId, applicantId],
    );
    return row;
  }
}
