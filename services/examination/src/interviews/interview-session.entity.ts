import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One panel's sitting: a date, a start time, a room, the panel drawn for it and its candidates. */
@Entity({ name: 'interview_session' })
@Index('IDX_interview_session_exam', ['examId'])
export class InterviewSession {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  @Column('uuid', { name: 'position_id' })
  positionId: string;

  @Column('int')
  seq: number;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  /** Seoul wall-clock time, HH:MM. */
  @Column('text', { name: 'starts_at' })
  startsAt: string;

  @Column('text')
  room: string;

  @Column('uuid', { name: 'panel', array: true })
  panel: string[];
}
