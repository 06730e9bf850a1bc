import type { CreateCompletionImportDto } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CompletionImport } from '../../completion-record.entities';
import { createImport } from '../../elearning.queries';

/** A completion import announced by a course manager: the file's name and size, before its content. */
export interface CreateCompletionImportCommand {
  actor: AuthUser;
  file: CreateCompletionImportDto;
}

/**
 * 수료 기록 가져오기 생성: a new import of the caller's tenant, waiting for its CSV (`created`); its
 * declared size bounds the content the import will take.
 */
@Injectable()
export class CreateCompletionImportUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute({ actor, file }: CreateCompletionImportCommand): Promise<CompletionImport> {
    return createImport(this.dataSource.manager, {
      id: randomUUID(),
      tenantId: actor.tenantId,
      fileName: file.fileName,
      totalBytes: String(file.totalBytes),
      startedBy: actor.userId,
    });
  }
}
