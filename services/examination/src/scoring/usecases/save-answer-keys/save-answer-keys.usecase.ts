import { AnswerKeysDto, AnswerKeysView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { shapesOf, toKeySubjects } from '../../answer-keys';
import { toAnswerKeysView } from '../../answer-key.views';
import { assertScannable } from '../../scanner-upload';

/**
 * 가답안 입력: the exam's keys per subject (the correct choice and points of each question). They can be
 * saved again until published; once answer sheets are in, their subjects and question counts stay.
 */
@Injectable()
export class SaveAnswerKeysUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly keys: AnswerKeyQueries,
  ) {}

  async execute(user: AuthUser, examId: string, dto: AnswerKeysDto): Promise<AnswerKeysView> {
    const subjects = toKeySubjects(dto.subjects);
    return this.dataSource.transaction(async (tx) => {
      assertScannable(await this.exams.exam(user.tenantId, examId, tx, true));
      await assertUnpublished(tx, examId, 'written');
      const existing = await this.keys.keys(examId, tx, true);
      if (existing?.provisionalAt)
        throw conflict('ANSWER_KEYS.ALREADY_PUBLISHED', {
          message: '가답안이 공개되었습니다. 이의제기 결정으로 바꿉니다 / the keys are published; decisions on objections change them',
        });
      const sheets = await this.keys.sheets(tx, examId);
      if (existing && sheets.size > 0 && JSON.stringify(shapesOf(existing.subjects)) !== JSON.stringify(shapesOf(subjects)))
        throw conflict('ANSWER_KEYS.SHAPE_FIXED', {
          field: 'subjects',
          message: '답안이 등록되어 과목과 문항 수를 바꿀 수 없습니다 / answer sheets are in: subjects and question counts stay',
        });
      await this.keys.saveKeys(tx, user.tenantId, examId, subjects);
      return toAnswerKeysView((await this.keys.keys(examId, tx))!, [], sheets.size);
    });
  }
}
