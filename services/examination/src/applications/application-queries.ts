import { ExamApplicationView, PositionTrack } from '@baeum/api';
import { AuthUser, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LicenceBonusRule } from '../exams/bonus-rules';
import { isOfficer } from '../shared/roles';
import { Application } from './application.entity';
import { ApplicationDocument } from './application-document.entity';
import { ApplicationContext, toApplicationView } from './application.view';

/**
 * Reads of applications. An applicant reaches only their own, an exam officer any of the tenant's;
 * anything else is not found, so others' applications are not even disclosed to exist.
 */
@Injectable()
export class ApplicationQueries {
  constructor(private readonly dataSource: DataSource) {}

  async application(user: AuthUser, id: string, tx: EntityManager = this.dataSource.manager, lock = false): Promise<Application> {
    const query = tx
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.tenant_id = :tenantId', { id, tenantId: user.tenantId });
    if (!isOfficer(user)) query.andWhere('a.applicant_id = :applicantId', { applicantId: user.userId });
    const application = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!application) throw notFound('EXAM_APPLICATION.NOT_FOUND', { message: '응시원서을(를) 찾을 수 없습니다 / Application not found' });
    return application;
  }

  async view(user: AuthUser, id: string, tx: EntityManager = this.dataSource.manager): Promise<ExamApplicationView> {
    const [view] = await this.views([await this.application(user, id, tx)], tx);
    return view;
  }

  async mine(user: AuthUser): Promise<ExamApplicationView[]> {
    const applications = await this.dataSource
      .getRepository(Application)
      .find({ where: { tenantId: user.tenantId, applicantId: user.userId }, order: { submittedAt: 'DESC' }, take: 100 });
    return this.views(applications);
  }

  async ofExam(tenantId: string, examId: string, positionId?: string): Promise<ExamApplicationView[]> {
    const applications = await this.dataSource.getRepository(Application).find({
      where: { tenantId, examId, ...(positionId ? { positionId } : {}) },
      order: { examNumber: 'ASC', submittedAt: 'ASC' },
    });
    return this.views(applications);
  }

  /**
   * Joins each application's exam title, position, seat and interview session in one query. Being
   * given an interview slot says one passed the written exam, so in open recruitment the slot shows
   * only once the written results are published; in career recruitment the interview invitation is
   * how document screening is announced.
   */
  async views(applications: Application[], tx: EntityManager = this.dataSource.manager): Promise<ExamApplicationView[]> {
    if (applications.length === 0) return [];
    const rows: ({ id: string } & ApplicationContext & {
        venueNameKo: string | null;
        address: string | null;
        room: string | null;
        heldOn: string | null;
        startsAt: string;
        interviewRoom: string;
        writtenPublished: boolean;
        finalPublished: boolean;
      })[] = await tx.query(
      `SELECT a.id, e.title_ko AS "examTitleKo", e.title_en AS "examTitleEn", p.job_series_ko AS "jobSeriesKo", p.grade,
              e.application_closes_at AS "applicationClosesAt", v.name_ko AS "venueNameKo", v.address, r.name AS room,
              s.held_on::text AS "heldOn", s.starts_at AS "startsAt", s.room AS "interviewRoom",
              EXISTS (SELECT 1 FROM examination.publication w WHERE w.exam_id = a.exam_id AND w.stage = 'written' AND
                w.publish_at <= now()) AS "writtenPublished",
              EXISTS (SELECT 1 FROM examination.publication f WHERE f.exam_id = a.exam_id AND f.stage = 'final' AND
                f.publish_at <= now()) AS "finalPublished"
         FROM examination.application a
         JOIN examination.exam e ON e.id = a.exam_id
         JOIN examination.position p ON p.id = a.position_id
         LEFT JOIN examination.venue_room r ON r.id = a.room_id
         LEFT JOIN examination.venue v ON v.id = r.venue_id
         LEFT JOIN examination.interview_session s ON s.id = a.interview_session_id
               AND (e.kind <> 'open' OR EXISTS (SELECT 1 FROM examination.publication w WHERE w.exam_id = a.exam_id AND
                 w.stage = 'written' AND w.publish_at <= now()))
        WHERE a.id = ANY($1::uuid[])`,
      [applications.map((a) => a.id)],
    );
    const contexts = new Map(
      rows.map((r) => [
        r.id,
        {
          ...r,
          seat: r.room ? { venueNameKo: r.venueNameKo!, address: r.address!, room: r.room } : null,
          interview: r.heldOn ? { heldOn: r.heldOn, startsAt: r.startsAt, room: r.interviewRoom } : null,
          published: { written: r.writtenPublished, final: r.finalPublished },
        },
      ]),
    );
    return applications.map((a) => toApplicationView(a, contexts.get(a.id)!));
  }

  documentCount(tx: EntityManager, applicationId: string): Promise<number> {
    return tx.count(ApplicationDocument, { where: { applicationId } });
  }

  async insertDocument(tx: EntityManager, document: ApplicationDocument): Promise<void> {
    await tx.insert(ApplicationDocument, document);
  }

  /** The application's documents without their content, oldest first. */
  documents(tenantId: string, applicationId: string): Promise<ApplicationDocument[]> {
    return this.dataSource.getRepository(ApplicationDocument).find({ where: { applicationId, tenantId }, order: { uploadedAt: 'ASC' } });
  }

  /** One document of the application with its content. */
  documentWithContent(tenantId: string, applicationId: string, documentId: string): Promise<ApplicationDocument | null> {
    return this.dataSource
      .getRepository(ApplicationDocument)
      .createQueryBuilder('d')
      .addSelect('d.content')
      .where('d.id = :documentId AND d.application_id = :id AND d.tenant_id = :tenantId', { documentId, id: applicationId, tenantId })
      .getOne();
  }

  async setAccommodationStatus(tx: EntityManager, id: string, status: Application['accommodationStatus']): Promise<void> {
    await tx.update(Application, { id }, { accommodationStatus: status, updatedAt: new Date() });
  }

  /** The exam and position an application is submitted to, with what eligibility and the fee depend on. */
  async submissionTarget(tenantId: string, examId: string, positionId: string): Promise<SubmissionTarget | undefined> {
    const [target]: SubmissionTarget[] = await this.dataSource.query(
      `SELECT e.title_ko AS "titleKo", e.title_en AS "titleEn", p.job_series_ko AS "jobSeriesKo", e.application_opens_at AS
        "opensAt", e.application_closes_at AS "closesAt", e.year,
              e.residency_region_ko AS "residencyRegionKo", e.residency_cutoff_on::text AS "residencyCutoffOn",
              p.min_age AS "minAge", p.track, p.fee, p.job_series AS "jobSeries", p.grade,
              e.licence_bonus_rules AS "licenceBonusRules"
         FROM examination.position p JOIN examination.exam e ON e.id = p.exam_id
        WHERE p.id = $1 AND p.exam_id = $2 AND p.tenant_id = $3`,
      [positionId, examId, tenantId],
    );
    return target;
  }

  /**
   * Inserts a submitted application and its events in one statement (atomic without BEGIN and
   * COMMIT): the first event's row is made from the inserted application, each later one from the
   * event row before it, so nothing is written when the application is not. False when it was not
   * inserted: the same idempotency key, or another application of the applicant to the exam.
   */
  async insertSubmitted(application: Application, events: OutboxInsert[]): Promise<boolean> {
    if (events.length === 0) throw new Error('a submitted application has at least one event');
    const a = application;
    const params: unknown[] = [
      a.id,
      a.tenantId,
      a.examId,
      a.positionId,
      a.applicantId,
      a.idempotencyKey,
      a.status,
      a.nameKo,
      a.birthDate,
      a.phone,
      a.residentSince,
      a.residencyYears,
      a.trackEvidence,
      a.veteransBonusPercent,
      JSON.stringify(a.accommodations),
      a.accommodationStatus,
      a.feeAmount.toString(),
      a.submittedAt,
      a.paidAt,
      a.paymentRef,
      a.rescuerBonusPercent,
      a.licenceBonusPercent,
      a.education === null ? null : JSON.stringify(a.education),
      JSON.stringify(a.licences),
      a.identityRef,
      a.identityVerifiedAt,
    ];
    const steps = [
      `app AS (
         INSERT INTO examination.application
           (id, tenant_id, exam_id, position_id, applicant_id, idempotency_key, status, name_ko, birth_date, phone, resident_since,
            residency_years, track_evidence, veterans_bonus_percent, accommodations, accommodation_status, fee_amount,
              submitted_at, updated_at, paid_at, payment_ref, rescuer_bonus_percent, licence_bonus_percent, education, licences,
              identity_ref, identity_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20, $21, $22, $23,
                 $24, $25, $26)
         ON CONFLICT DO NOTHING RETURNING id)`,
    ];
    let source = 'app';
    let last = '';
    events.forEach((event, i) => {
      // Each event's placeholders follow the parameters already given.
      const { sql, params: more } = event(source, params.length + 1);
      params.push(...more);
      if (i === events.length - 1) last = sql;
      else {
        source = `event${i + 1}`;
        steps.push(`${source} AS (${sql} RETURNING id)`);
      }
    });
    const rows: { id: string }[] = await this.dataSource.query(`WITH ${steps.join(', ')} ${last} RETURNING id`, params);
    return rows.length > 0;
  }

  /** The application an applicant's idempotency key already made, if any. */
  async byIdempotencyKey(user: AuthUser, idempotencyKey: string): Promise<{ id: string; positionId: string } | undefined> {
    const [existing]: { id: string; positionId: string }[] = await this.dataSource.query(
      `SELECT id, position_id AS "positionId" FROM examination.application WHERE ` +
        `tenant_id = $1 AND applicant_id = $2 AND idempotency_key = $3`,
      [user.tenantId, user.userId, idempotencyKey],
    );
    return existing;
  }
}

/**
 * An outbox row inserted by the same statement, made from the rows of `source`, its placeholders numbered from `first`
 * (EventPublisher.insertFrom).
 */
export type OutboxInsert = (source: string, first: number) => { sql: string; params: unknown[] };

export interface SubmissionTarget {
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
  licenceBonusRules: LicenceBonusRule[];
}
