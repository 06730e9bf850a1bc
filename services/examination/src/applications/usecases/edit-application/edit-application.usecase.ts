import { EditApplicationDto, ExamApplicationView } from '@baeum/api';
import { AuthUser, conflict, invalidInput } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { statutoryBonusProblems } from '../../../exams/bonus-rules';
import { eligibilityProblems } from '../../../exams/eligibility';
import { ExamQueries } from '../../../exams/exam-queries';
import { Application } from '../../application.entity';
import { editableUntil } from '../../application.view';
import { ApplicationQueries } from '../../application-queries';
import { confirmedIdentity, identityMismatch } from '../../identity/confirmed-identity';
import { IDENTITY_VERIFICATION_PROVIDER, IdentityVerificationProvider } from '../../identity/identity-verification-provider';
import { cleanEducation, dedupeAccommodations, withBonuses } from '../submit-application/submit-application.usecase';

/**
 * 원서 수정: the applicant corrects their details until applications close. A confirmed name and birth
 * date change only with a new confirmation; the licence bonus is computed again from the announcement's
 * rules as they are now.
 */
@Injectable()
export class EditApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
    @Inject(IDENTITY_VERIFICATION_PROVIDER) private readonly identity: IdentityVerificationProvider,
  ) {}

  async execute(user: AuthUser, id: string, dto: EditApplicationDto): Promise<ExamApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      const now = new Date();
      // The same rule the application's view states as `editableUntil`; the refusal says which side of it failed.
      if (!editableUntil(application, exam.applicationClosesAt, now))
        throw application.status === 'cancelled'
          ? conflict('EXAM_APPLICATION.CANCELLED', { message: '취소된 원서입니다 / the application is cancelled' })
          : conflict('EXAM_APPLICATION.EDIT_CLOSED', {
              message: '접수 마감 후에는 원서를 고칠 수 없습니다 / applications cannot be changed after they close',
            });
      const position = await this.exams.position(user.tenantId, application.positionId, tx);
      const identity = dto.identityVerificationRef
        ? await confirmedIdentity(this.identity, user.userId, dto.identityVerificationRef, { nameKo: dto.nameKo }, now)
        : null;
      if (!identity && application.identityRef && dto.nameKo !== undefined && dto.nameKo.trim() !== application.nameKo)
        throw invalidInput([identityMismatch('nameKo')]);
      const licences = withBonuses(exam.licenceBonusRules ?? [], position.jobSeries, dto.licences ?? application.licences);
      const next: Application = {
        ...application,
        nameKo: identity?.nameKo ?? dto.nameKo?.trim() ?? application.nameKo,
        birthDate: identity?.birthDate ?? application.birthDate,
        identityRef: identity?.reference ?? application.identityRef,
        identityVerifiedAt: identity?.verifiedAt ?? application.identityVerifiedAt,
        education: dto.education !== undefined ? cleanEducation(dto.education) : application.education,
        licences: licences.list,
        licenceBonusPercent: licences.percent,
        rescuerBonusPercent: dto.rescuerBonusPercent ?? application.rescuerBonusPercent,
        phone: dto.phone ?? application.phone,
        residentSince: dto.residentSince ?? application.residentSince,
        residencyYears: dto.residencyYears ?? application.residencyYears,
        trackEvidence: dto.trackEvidence === undefined ? application.trackEvidence : dto.trackEvidence.trim() || null,
        veteransBonusPercent: dto.veteransBonusPercent ?? application.veteransBonusPercent,
        updatedAt: now,
      };
      const accommodations = dto.accommodations ? dedupeAccommodations(dto.accommodations) : null;
      if (accommodations && !sameAccommodations(accommodations, application.accommodations)) {
        next.accommodations = accommodations;
        // A changed request is reviewed again; the same one sent back with other corrections keeps its decision.
        next.accommodationStatus = accommodations.length > 0 ? 'requested' : 'none';
      }
      const problems = [...eligibilityProblems(exam, position, next), ...statutoryBonusProblems(next)];
      if (problems.length > 0) throw invalidInput(problems);
      await tx.save(Application, next);
      return this.applications.view(user, id, tx);
    });
  }
}

/** The same requests (kinds and notes), in any order. */
function sameAccommodations(a: { kind: string; note?: string | null }[], b: { kind: string; note?: string | null }[]): boolean {
  const key = (list: typeof a) =>
    list
      .map((x) => `${x.kind}\n${x.note ?? ''}`)
      .sort()
      .join('\n\n');
  return key(a) === key(b);
}
