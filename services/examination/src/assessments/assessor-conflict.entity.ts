import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A declared conflict of interest (a relative, a former subordinate): never assigned to that official. */
@Entity({ name: 'assessor_conflict' })
export class AssessorConflict {
  @PrimaryColumn('uuid', { name: 'assessor_id' })
  assessorId: string;

  @PrimaryColumn('text', { name: 'employee_no' })
  employeeNo: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  reason: string;
}
