import { EducationDto, ExamApplicationView, LicenceDto, SubmitApplicationDto } from '@baeum/api';
import { ApplicationSubmittedV1, FeePaidV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, invalidInput, notFound } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LicenceBonusRule, licenceBonus, statutoryBonusProblems } from '../../../exams/bonus-rules';
import { eligibilityProblems } from '../../../exams/eligibility';
import { seoulDate } from '@baeum/calendar';
import { ApplicationQueries, OutboxInsert } from '../../application-queries';
import { Application, Education, Licence } from '../../application.entity';
import { confirmedIdentity } from '../../identity/confirmed-identity';
import { IDENTITY_VERIFICATION_PROVIDER, IdentityVerificationProvider } from '../../identity/identity-verification-provider';
import { toApplicationView } from '../../application.view';

/**
 * 원서 접수. The busiest call of an exam season, so it is a few plain statements: the application
 * and its event commit together, and the idempotency key makes a retried submission (a timeout, a
 * double click, an instance killed mid-request) return the application it already made.
 */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly applications: ApplicationQueries,
    @Inject(IDENTITY_VERIFICATION_PROVIDER) private readonly identity: IdentityVerificationProvider,
  ) {}

  async execute(user: AuthUser, dto: SubmitApplicationDto): Promise<ExamApplicationView> {
    const target = await this.applications.submissionTarget(user.tenantId, dto.examId, dto.positionId);
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
    const bonuses = { veteransBonusPercent: dto.veteransBonusPercent ?? 0, rescuerBonusPercent: dto.rescuerBonusPercent ?? 0 };
    const problems = [...eligibilityProblems(target, target, dto), ...statutoryBonusProblems(bonuses)];
    if (problems.length > 0) throw invalidInput(problems);
    const identity = dto.identityVerificationRef
      ? await confirmedIdentity(this.identity, user.userId, dto.identityVerificationRef, dto, now)
      : null;
    const licences = withBonuses(target.licenceBonusRules, target.jobSeries, dto.licences ?? []);

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
      ...bonuses,
      licenceBonusPercent: licences.percent,
      education: cleanEducation(dto.education),
      licences: licences.list,
      identityRef: identity?.reference ?? null,
      identityVerifiedAt: identity?.verifiedAt ?? null,
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
    const submitted: OutboxInsert = (source, first) =>
      this.publisher.insertFrom(source, first, ApplicationSubmittedV1, user.tenantId, {
        applicationId: id,
        examId: dto.examId,
        positionId: dto.positionId,
        jobSeries: target.jobSeries,
        grade: target.grade,
        feeAmount: target.fee,
        submittedAt: now.toISOString(),
        applicantUserId: user.userId,
        examTitleKo: target.titleKo,
        jobSeriesKo: target.jobSeriesKo,
      });
    // An exam without a fee: the application is complete as submitted (its fee-paid event after the submitted one).
    const feePaid: OutboxInsert = (source, first) =>
      this.publisher.insertFrom(source, first, FeePaidV1, user.tenantId, {
        applicationId: id,
        examId: dto.examId,
        amount: '0',
        paidOn: seoulDate(now),
        paymentRef: 'no-fee',
        applicantUserId: user.userId,
      });
    const inserted = await this.applications.insertSubmitted(application, free ? [submitted, feePaid] : [submitted]);
    if (inserted)
      return toApplicationView(application, {
        examTitleKo: target.titleKo,
        examTitleEn: target.titleEn,
        jobSeriesKo: target.jobSeriesKo,
        grade: target.grade,
        applicationClosesAt: target.closesAt,
      });
    // Lost a race with its own retry (same key), or the applicant already applied to this exam.
    const raced = await this.replay(user, dto);
    if (raced) return raced;
    throw conflict('EXAM_APPLICATION.ALREADY_APPLIED', {
      message:
        '이미 이 시험에 접수한 원서가 있습니다. 직렬을 바꾸려면 접수를 취소하고 다시 접수하세요 / you already have an ' +
        'application for this exam; to change position, cancel it and apply again',
    });
  }

  /** The application this key already made, if any; a key reused for another position is refused. */
  private async replay(user: AuthUser, dto: SubmitApplicationDto): Promise<ExamApplicationView | null> {
    const existing = await this.applications.byIdempotencyKey(user, dto.idempotencyKey);
    if (!existing) return null;
    if (existing.positionId !== dto.positionId)
      throw conflict('EXAM_APPLICATION.KEY_REUSED', {
        field: 'idempotencyKey',
        message: '이 요청 키는 다른 원서에 쓰였습니다 / this idempotency key was used for another application',
      });
    return this.applications.view(user, existing.id);
  }
}

/** 최종학력 as stored: trimmed, an empty major as none. */
export function cleanEducation(education: EducationDto | undefined): Education | null {
  if (!education) return null;
  return { level: education.level, school: education.school.trim(), major: education.major?.trim() || null, status: education.status };
}

/** The licences with the bonus each earns by the announcement's rules, and the application's licence bonus. */
export function withBonuses(rules: LicenceBonusRule[], jobSeries: string, given: LicenceDto[]): { list: Licence[]; percent: number } {
  const list = given.map((l) => ({ name: l.name.trim(), number: l.number.trim(), issuer: l.issuer.trim(), acquiredOn: l.acquiredOn }));
  const { perLicence, percent } = licenceBonus(rules, jobSeries, list);
  return { list: list.map((l, i) => ({ ...l, bonusPercent: perLicence[i] })), percent };
}

/** One request per kind of accommodation. */
export function dedupeAccommodations<T extends { kind: string; note?: string }>(list: T[]): { kind: T['kind']; note?: string }[] {
  const byKind = new Map<string, { kind: T['kind']; note?: string }>();
  for (const item of list) byKind.set(item.kind, item.note?.trim() ? { kind: item.kind, note: item.note.trim() } : { kind: item.kind });
  return [...byKind.values()];
}
