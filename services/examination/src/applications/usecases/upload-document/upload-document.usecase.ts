import { SupportingDocumentView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { ApplicationDocument } from '../../application-document.entity';
import { ApplicationQueries } from '../../application-queries';
import { documentName, documentType, MAX_DOCUMENTS_PER_APPLICATION } from '../../documents/supporting-documents';

export interface UploadDocumentCommand {
  applicationId: string;
  content: Buffer;
  /** As the client sent it in X-File-Name (URL-encoded), if at all. */
  fileName?: string;
}

/** 증빙서류 제출: while applications are open, up to MAX_DOCUMENTS_PER_APPLICATION files (PDF, PNG or JPG). */
@Injectable()
export class UploadDocumentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, command: UploadDocumentCommand): Promise<SupportingDocumentView> {
    const { applicationId: id, content } = command;
    const contentType = documentType(content);
    return this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      if (application.status === 'cancelled' || new Date() >= exam.applicationClosesAt)
        throw conflict('EXAM_DOCUMENT.WINDOW_CLOSED', {
          message: '접수 기간에만 서류를 낼 수 있습니다 / documents are accepted only while applications are open',
        });
      const count = await this.applications.documentCount(tx, id);
      if (count >= MAX_DOCUMENTS_PER_APPLICATION)
        throw conflict('EXAM_DOCUMENT.LIMIT_REACHED', {
          params: { max: MAX_DOCUMENTS_PER_APPLICATION },
          message: `서류는 ${MAX_DOCUMENTS_PER_APPLICATION}개까지 낼 수 있습니다 / at most ${MAX_DOCUMENTS_PER_APPLICATION} documents per application`,
        });
      const document: ApplicationDocument = {
        id: randomUUID(),
        tenantId: user.tenantId,
        applicationId: id,
        fileName: documentName(command.fileName),
        contentType,
        content,
        size: content.length,
        uploadedAt: new Date(),
      };
      await this.applications.insertDocument(tx, document);
      return {
        id: document.id,
        fileName: document.fileName,
        contentType,
        size: document.size,
        uploadedAt: document.uploadedAt.toISOString(),
      };
    });
  }
}
