import { ExamNoticeView } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamNotice } from '../../exam-notice.entity';
import { ExamQueries } from '../../exam-queries';
import { checkNoticePdf, noticeName } from '../../notice-document';

export interface UploadNoticeCommand {
  examId: string;
  content: Buffer;
  /** As the client sent it in X-File-Name (URL-encoded), if at all. */
  fileName?: string;
}

/** 공고문 올리기: the officer puts the exam's notice document (a PDF) in place; a new one replaces the old. */
@Injectable()
export class UploadNoticeUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, command: UploadNoticeCommand): Promise<ExamNoticeView> {
    const { examId, content } = command;
    checkNoticePdf(content);
    return this.dataSource.transaction(async (tx) => {
      await this.exams.exam(user.tenantId, examId, tx, true);
      const notice: ExamNotice = {
        examId,
        tenantId: user.tenantId,
        fileName: noticeName(command.fileName),
        content,
        size: content.length,
        uploadedAt: new Date(),
      };
      await this.exams.saveNotice(tx, notice);
      return { fileName: notice.fileName, size: notice.size, uploadedAt: notice.uploadedAt.toISOString() };
    });
  }
}
