import { ExamApplicationView, PositionTrack, SubmitApplicationDto } from '@baeum/api';
import { ApplicationSubmittedV1, FeePaidV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, invalidInput, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { eligibilityProblems } from '../../../exams/eligibility';
import { seoulDate } from '@baeum/calendar';
import { ApplicationQueries } from '../../application-queries';
import { Application } from '../../application.entity';
import { toApplicationView } from '../../application.view';

interface Target {
  titleKo: string;
  titleEn: string;
  jobSeriesKo: string;
  opensAt: Date;
  closesAt: Date;
  year: number;
  residencyRegionKo: string | null;
  residencyCutoffOn: string | null;
  minAge: number;
  track: PositionTrack;
  fee: string;
  jobSeries: string;
  grade: number;
}

/**
 * 원서 접수. The busiest call of an exam season, so it is a few plain statements: the application
 * and its event commit together, and the idempotency key makes a retried submission (a timeout, a
 * double click, an instance killed mid-request) return the application it already made.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly applications: ApplicationQueries,
  ) {}

  async execute(user: AuthUser, dto: SubmitApplicationDto): Promise<ExamApplicationView> {
    const [target]: Target[] = await this.dataSource.query(
      `SELECT e.title_ko AS "titleKo", e.title_en AS "titleEn", p.job_series_ko AS "jobSeriesKo", e.application_opens_at AS "opensAt", e.application_closes_at AS "closesAt", e.year,
              e.residency_region_ko AS "residencyRegionKo", e.residency_cutoff_on::text AS "residencyCutoffOn",
              p.min_age AS "minAge", p.track, p.fee, p.job_series AS "jobSeries", p.grade
         FROM examination.position p JOIN examination.exam e ON e.id = p.exam_id
        WHERE p.id = $1 AND p.exam_id = $2 AND p.tenant_id = $3`,
      [dto.positionId, dto.examId, user.tenantId],
    );
    if (!target)
      throw notFound('POSITION.NOT_FOUND', { field: 'positionId', message: '모집단위을(를) 찾을 수 없습니다 / Position not found' });
    const now = new Date();
    const problem =
      now < target.opensAt
        ? conflict('EXAM_APPLICATION.WINDOW_NOT_OPEN', {
            params: { opensAt: target.opensAt.toISOString() },
            message: '원서 접수 기간 전입니다 / applications have not opened yet',
          })
        : now >= target.closesAt
          ? conflict('EXAM_APPLICATION.WINDOW_CLOSED', {
              params: { closedAt: target.closesAt.toISOString() },
              message: '원서 접수가 마감되었습니다 / applications have closed',
            })
          : null;
    if (problem) {
      // A retry of a submission that went through before the deadline still gets its application.
      const replay = await this.replay(user, dto);
      if (replay) return replay;
      throw problem;
    }
    const problems = eligibilityProblems(target, target, dto);
    if (problems.length > 0) throw invalidInput(problems);

    const application: Application = {
      id: randomUUID(),
      tenantId: user.tenantId,
      examId: dto.examId,
      positionId: dto.positionId,
      applicantId: user.userId,
      idempotencyKey: dto.idempotencyKey,
      status: BigInt(target.fee) === 0n ? 'paid' : 'pending_payment',
      cancelReason: null,
      cancelNote: null,
      nameKo: dto.nameKo.trim(),
      birthDate: dto.birthDate,
      phone: dto.phone,
      residentSince: dto.residentSince ?? null,
      residencyYears: dto.residencyYears ?? null,
      trackEvidence: dto.trackEvidence?.trim() || null,
      veteransBonusPercent: dto.veteransBonusPercent ?? 0,
      accommodations: dedupeAccommodations(dto.accommodations ?? []),
      accommodationStatus: 'none',
      feeAmount: BigInt(target.fee),
      submittedAt: now,
      updatedAt: now,
      paidAt: null,
      paymentRef: null,
      cancelledAt: null,
      refundAmount: null,
      examNumber: null,
      roomId: null,
      seatNo: null,
      seatChangedAt: null,
      documentScreening: null,
      writtenScores: null,
      writtenTotal: null,
      writtenResult: null,
      interviewSessionId: null,
      interviewGrade: null,
      finalResult: null,
    };
    if (application.accommodations.length > 0) application.accommodationStatus = 'requested';
    const free = application.status === 'paid';
    if (free) Object.assign(application, { paidAt: now, paymentRef: 'no-fee' });
    const { id } = application;
    // The application and its events in one statement: atomic without BEGIN/COMMIT, one round trip.
    const submitted = this.publisher.insertFrom('app', 21, ApplicationSubmittedV1, user.tenantId, {
      applicationId: id,
      examId: dto.examId,
      positionId: dto.positionId,
      jobSeries: target.jobSeries,
      grade: target.grade,
      feeAmount: target.fee,
      submittedAt: now.toISOString(),
    });
    // An exam without a fee: the application is complete as submitted (its fee-paid event after the submitted one).
    const feePaid = free
      ? this.publisher.insertFrom('submitted', 26, FeePaidV1, user.tenantId, {
          applicationId: id,
          examId: dto.examId,
          amount: '0',
          paidOn: seoulDate(now),
          paymentRef: 'no-fee',
        })
      : null;
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH app AS (
         INSERT INTO examination.application
           (id, tenant_id, exam_id, position_id, applicant_id, idempotency_key, status, name_ko, birth_date, phone, resident_since,
            residency_years, track_evidence, veterans_bonus_percent, accommodations, accommodation_status, fee_amount, submitted_at, updated_at, paid_at, payment_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20)
         ON CONFLICT DO NOTHING RETURNING id)
       ${feePaid ? `, submitted AS (${submitted.sql} RETURNING id) ${feePaid.sql}` : submitted.sql} RETURNING id`,
      [
        id,
        user.tenantId,
        dto.examId,
        dto.positionId,
        user.userId,
        dto.idempotencyKey,
        application.status,
        application.nameKo,
        dto.birthDate,
        dto.phone,
        application.residentSince,
        application.residencyYears,
        application.trackEvidence,
        application.veteransBonusPercent,
        JSON.stringify(application.accommodations),
        application.accommodationStatus,
        target.fee,
        now,
        application.paidAt,
        application.paymentRef,
        ...submitted.params,
        ...(feePaid?.params ?? []),
      ],
    );
    const inserted = rows.length > 0;
    if (inserted)
      return toApplicationView(application, {
        examTitleKo: target.titleKo,
        examTitleEn: target.titleEn,
        jobSeriesKo: target.jobSeriesKo,
        grade: target.grade,
      });
    // Lost a race with its own retry (same key), or the applicant already applied to this exam.
    const raced = await this.replay(user, dto);
    if (raced) return raced;
    throw conflict('EXAM_APPLICATION.ALREADY_APPLIED', {
      message:
        '이미 이 시험에 접수한 원서가 있습니다. 직렬을 바꾸려면 접수를 취소하고 다시 접수하세요 / you already have an application for this exam; to change position, cancel it and apply again',
    });
  }

  /** The application this key already made, if any; a key reused for another position is refused. */
  private async replay(user: AuthUser, dto: SubmitApplicationDto): Promise<ExamApplicationView | null> {
    const [existing]: { id: string; position_id: string }[] = await this.dataSource.query(
      `SELECT id, position_id FROM examination.application WHERE tenant_id = $1 AND applicant_id = $2 AND idempotency_key = $3`,
      [user.tenantId, user.userId, dto.idempotencyKey],
    );
    if (!existing) return null;
    if (existing.position_id !== dto.positionId)
      throw conflict('EXAM_APPLICATION.KEY_REUSED', {
        field: 'idempotencyKey',
        message: '이 요청 키는 다른 원서에 쓰였습니다 / this idempotency key was used for another application',
      });
    return this.applications.view(user, existing.id);
  }
}

/** One request per kind of accommodation. */
export function dedupeAccommodations<T extends { kind: string; note?: string }>(list: T[]): { kind: T['kind']; note?: string }[] {
  const byKind = new Map<string, { kind: T['kind']; note?: string }>();
  for (const item of list) byKind.set(item.kind, item.note?.trim() ? { kind: item.kind, note: item.note.trim() } : { kind: item.kind });
  return [...byKind.values()];
}
