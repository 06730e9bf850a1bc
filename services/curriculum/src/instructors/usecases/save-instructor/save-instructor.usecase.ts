import { CreateInstructorDto, InstructorView, UpdateInstructorDto } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { found } from '../../../shared/errors';
import { Instructor } from '../../instructor.entity';
import { instructorById, toInstructorView } from '../../instructors.queries';

/** A new instructor: name, kind, affiliation, specialties, who recommended them and how to reach them. */
export type CreateInstructorCommand = CreateInstructorDto;
/** The instructor's details to change; what is left out stays. */
export type UpdateInstructorCommand = UpdateInstructorDto;

/** Adds an instructor to the tenant's pool or changes one; a new instructor has no rating yet. */
@Injectable()
export class SaveInstructorUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async create(user: AuthUser, command: CreateInstructorCommand): Promise<InstructorView> {
    const instructor: Instructor = {
      id: randomUUID(),
      tenantId: user.tenantId,
      name: command.name,
      kind: command.kind,
      affiliation: command.affiliation ?? null,
      specialties: command.specialties ?? [],
      recommendedBy: command.recommendedBy ?? null,
      email: command.email ?? null,
      phone: command.phone ?? null,
      ratingSum: 0,
      ratingCount: 0,
      createdAt: new Date(),
    };
    await this.dataSource.manager.insert(Instructor, instructor);
    return toInstructorView(instructor, true);
  }

  async update(user: AuthUser, id: string, command: UpdateInstructorCommand): Promise<InstructorView> {
    const m = this.dataSource.manager;
    const instructor = found(await instructorById(m, user.tenantId, id), 'INSTRUCTOR.NOT_FOUND', ['강사', 'Instructor']);
    Object.assign(instructor, Object.fromEntries(Object.entries(command).filter(([, v]) => v !== undefined)));
    await m.save(Instructor, instructor);
    return toInstructorView(instructor, true);
  }
}
