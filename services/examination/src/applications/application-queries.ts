import { ExamApplicationView } from '@baeum/api';
import { AuthUser, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isOfficer } from '../shared/roles';
import { Application } from './application.entity';
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
      })[] = await tx.query(
      `SELECT a.id, e.title_ko AS "examTitleKo", e.title_en AS "examTitleEn", p.job_series_ko AS "jobSeriesKo", p.grade,
              v.name_ko AS "venueNameKo", v.address, r.name AS room,
              s.held_on::text AS "heldOn", s.starts_at AS "startsAt", s.room AS "interviewRoom"
         FROM examination.application a
         JOIN examination.exam e ON e.id = a.exam_id
         JOIN examination.position p ON p.id = a.position_id
         LEFT JOIN examination.venue_room r ON r.id = a.room_id
         LEFT JOIN examination.venue v ON v.id = r.venue_id
         LEFT JOIN examination.interview_session s ON s.id = a.interview_session_id
               AND (e.kind <> 'open' OR EXISTS (SELECT 1 FROM examination.publication w WHERE w.exam_id = a.exam_id AND w.stage = 'written' AND w.publish_at <= now()))
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
        },
      ]),
    );
    return applications.map((a) => toApplicationView(a, contexts.get(a.id)!));
  }
}
