import { MAX_OBJECTIONS_PER_APPLICANT, ObjectionDto, ObjectionView } from '@baeum/api';
import { AuthUser, badRequest, conflict, forbidden } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { keyQuestion, keysFound } from '../../answer-key-rules';
import { toOwnObjections } from '../../answer-key.views';

/**
 * 이의제기: a candidate who sat the exam objects to one question of the provisional keys within the
 * window, once per question and at most MAX_OBJECTIONS_PER_APPLICANT times in the exam.
 */
@Injectable()
export class FileObjectionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: AnswerKeyQueries,
  ) {}

  async execute(user: AuthUser, examId: string, dto: ObjectionDto, now = new Date()): Promise<ObjectionView> {
    const own = await this.keys.ownApplications(user.tenantId, user.userId, examId);
    const key = await this.keys.keys(examId);
    // The keys are for the exam's applicants only: to anyone else the exam has none.
    if (own.length === 0 || !key?.provisionalAt) keysFound(undefined);
    const application = own.find((a) => a.sat);
    if (!application)
      throw forbidden('ANSWER_OBJECTION.NOT_A_CANDIDATE', {
        message: '시험에 응시한 사람만 이의제기할 수 있습니다 / only a candidate who sat the exam may object',
      });
    const published = key!;
    if (now < published.objectionOpensAt!)
      throw conflict('ANSWER_OBJECTION.WINDOW_NOT_OPEN', {
        params: { opensAt: published.objectionOpensAt!.toISOString() },
        message: '이의제기 기간 전입니다 / the objection window has not opened',
      });
    if (now >= published.objectionClosesAt! || published.finalAt)
      throw conflict('ANSWER_OBJECTION.WINDOW_CLOSED', {
        params: { closesAt: published.objectionClosesAt!.toISOString() },
        message: '이의제기 기간이 끝났습니다 / the objection window has closed',
      });
    const subject = keyQuestion(published, dto.subject, dto.question);
    if (dto.claim > subject.choices)
      throw badRequest('ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE', {
        field: 'claim',
        params: { choices: subject.choices },
        message: `주장하는 정답은 0(정답 없음) 또는 1~${subject.choices}번입니다 / claim is 0 (no correct answer) or 1 to ${subject.choices}`,
      });
    const reason = dto.reason.trim();
    if (reason === '')
      throw badRequest('VALIDATION.REQUIRED', { field: 'reason', message: '이의제기 사유를 입력하세요 / give the reason' });
    return this.dataSource.transaction(async (tx) => {
      await this.keys.lockApplication(tx, application.id);
      const filed = await this.keys.ownObjections([application.id], tx);
      if (filed.length >= MAX_OBJECTIONS_PER_APPLICANT)
        throw conflict('ANSWER_OBJECTION.LIMIT_REACHED', {
          params: { max: MAX_OBJECTIONS_PER_APPLICANT },
          message: `이의제기는 ${MAX_OBJECTIONS_PER_APPLICANT}건까지입니다 / at most ${MAX_OBJECTIONS_PER_APPLICANT} objections`,
        });
      const id = await this.keys.fileObjection(tx, {
        examId,
        tenantId: user.tenantId,
        applicationId: application.id,
        subject: subject.name,
        question: dto.question,
        claim: dto.claim,
        reason,
      });
      if (!id)
        throw conflict('ANSWER_OBJECTION.ALREADY_FILED', {
          field: 'question',
          message: '이 문항에 이미 이의제기했습니다 / you have objected to this question already',
        });
      const [view] = toOwnObjections(
        (await this.keys.ownObjections([application.id], tx)).filter((o) => o.id === id),
        published,
        [],
      );
      return view;
    });
  }
}
