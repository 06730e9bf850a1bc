import { InterviewScheduleView, ScheduleInterviewsDto } from '@baeum/api';
import { InterviewScheduledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { isPublished } from '../../../results/result-queries';
import { interviewNotices, InterviewQueries, PreviousStage } from '../../interview-queries';
import { interviewScheduledEvents } from '../../interview-notices';
import { drawPanels, PanelShortage } from '../../interview-rules';
import { InterviewSession } from '../../interview-session.entity';

/** The weekdays from `start` on, as many as asked. */
function weekdays(start: string, count: number): string[] {
  const days: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); days.length < count; d = new Date(d.getTime() + 86_400_000)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * 면접 일정·위원 편성: the candidates who passed the previous stage (written exam, or document
 * screening in career recruitment) go into sessions per position in exam-number order; sessions fill
 * the slots (days × times, `panels` rooms at once); every session gets a panel drawn from the pool,
 * without anyone who declared a conflict with one of its candidates (제척·회피).
 * Run again to redo the schedule, until the first mark is entered. Candidates are told their slot
 * (InterviewScheduledV1) once they may know it: now in career recruitment or once the written results
 * are out, else when those are published (season/announce-results.ts); a redone schedule tells only
 * those whose slot changed.
 */
@Injectable()
export class ScheduleInterviewsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly interviews: InterviewQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, examId: string, dto: ScheduleInterviewsDto): Promise<InterviewScheduleView> {
    const panelSize = dto.panelSize ?? 3;
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      const marked = await this.interviews.markCount(tx, examId);
      if (marked > 0)
        throw conflict('INTERVIEW.SCHEDULE_FIXED', {
          message: '면접 평정이 시작되어 일정을 다시 짤 수 없습니다 / marks have been entered; the schedule is fixed',
        });
      const stage: PreviousStage = exam.kind === 'open' ? 'written_result' : 'document_screening';
      const undecided = await this.interviews.undecidedCount(tx, examId, stage);
      const numbered = await this.interviews.numberedCount(tx, examId);
      if (numbered === 0 || undecided > 0) {
        throw conflict('INTERVIEW.PREVIOUS_STAGE_OPEN', {
          params: { stage },
          message:
            exam.kind === 'open'
              ? '모든 모집단위의 필기 합격선을 먼저 정하세요 / set the written pass mark of every position first'
              : '서류전형을 먼저 마치세요 / finish the document screening first',
        });
      }
      const candidates = await this.interviews.passedPreviousStage(tx, examId, stage);
      const sessions: { positionId: string; members: string[] }[] = [];
      for (const c of candidates) {
        const last = sessions[sessions.length - 1];
        if (last && last.positionId === c.positionId && last.members.length < dto.perSession) last.members.push(c.id);
        else sessions.push({ positionId: c.positionId, members: [c.id] });
      }
      const slotsNeeded = Math.ceil(sessions.length / dto.panels);
      const sessionsPerSlot = Array.from({ length: slotsNeeded }, (_, s) => Math.min(dto.panels, sessions.length - s * dto.panels));
      const pool = await this.interviews.activeInterviewerIds(tx, user.tenantId);
      const needed = panelSize * Math.min(dto.panels, sessions.length);
      if (pool.length < needed)
        throw invalidInput([
          fieldError(
            'panels',
            'INTERVIEW.POOL_TOO_SMALL',
            { needed, available: pool.length },
            `면접위원이 ${needed}명 필요하나 인력풀에 ${pool.length}명뿐입니다 / ${needed} interviewers needed at once, the pool has ${pool.length}`,
          ),
        ]);
      const conflicts = await this.interviews.examConflicts(tx, examId);
      const barredFor = new Map<string, Set<string>>();
      for (const c of conflicts) barredFor.set(c.applicationId, (barredFor.get(c.applicationId) ?? new Set()).add(c.interviewerId));
      const excluded = (slot: number, session: number) =>
        new Set(sessions[slot * dto.panels + session].members.flatMap((id) => [...(barredFor.get(id) ?? [])]));
      let panels: string[][][];
      try {
        panels = drawPanels(pool, sessionsPerSlot, panelSize, examId, excluded);
      } catch (error) {
        if (!(error instanceof PanelShortage)) throw error;
        const n = error.slot * dto.panels + error.session + 1;
        throw invalidInput([
          fieldError(
            'panels',
            'INTERVIEW.PANEL_SHORTAGE',
            { session: n },
            `제척·회피 신고 때문에 ${n}번째 면접조에 배정할 면접위원이 부족합니다 / too few interviewers free of conflicts for session ${n}`,
          ),
        ]);
      }
      const days = weekdays(dto.startsOn, Math.ceil(slotsNeeded / dto.times.length));

      const rows: InterviewSession[] = sessions.map((s, i) => {
        const slot = Math.floor(i / dto.panels);
        return {
          id: randomUUID(),
          tenantId: user.tenantId,
          examId,
          positionId: s.positionId,
          seq: i + 1,
          heldOn: days[Math.floor(slot / dto.times.length)],
          startsAt: dto.times[slot % dto.times.length],
          room: `면접실 ${(i % dto.panels) + 1}`,
          panel: panels[slot][i % dto.panels],
        };
      });
      const visible = exam.kind !== 'open' || (await isPublished(tx, examId, 'written'));
      const toldBefore = visible ? await interviewNotices(tx, examId) : [];
      await this.interviews.replaceSessions(
        tx,
        examId,
        rows,
        sessions.map((s) => s.members),
      );
      if (visible) {
        const events = interviewScheduledEvents(await interviewNotices(tx, examId), toldBefore);
        await this.publisher.publishMany(tx, InterviewScheduledV1, user.tenantId, events);
      }
      return { sessions: rows.length, candidates: candidates.length, days: [...new Set(rows.map((r) => r.heldOn))] };
    });
  }
}
