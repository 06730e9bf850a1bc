import { randomUUID } from 'node:crypto';
import { InterviewNoticeRow } from './interview-queries';
import { interviewScheduledEvents } from './interview-notices';

const row = (slot: Partial<InterviewNoticeRow> = {}): InterviewNoticeRow => ({
  applicationId: randomUUID(),
  examId: randomUUID(),
  applicantUserId: randomUUID(),
  examTitleKo: '2027년 시험',
  jobSeriesKo: '일반행정',
  grade: 9,
  examNumber: '10100001',
  heldOn: '2027-05-20',
  startsAt: '09:00',
  room: '면접실 1',
  ...slot,
});

describe('interviewScheduledEvents', () => {
  it("tells each candidate their own day, time and room, and nothing of the panel's", () => {
    const r = row();
    expect(interviewScheduledEvents([r])).toEqual([{ ...r }]);
  });

  it('tells a redone schedule only to those whose slot changed or who had none', () => {
    const same = row();
    const movedRoom = row();
    const movedTime = row();
    const fresh = row();
    const before = [same, movedRoom, movedTime];
    const after = [same, { ...movedRoom, room: '면접실 2' }, { ...movedTime, startsAt: '14:00' }, fresh];
    expect(interviewScheduledEvents(after, before).map((e) => e.applicationId)).toEqual([
      movedRoom.applicationId,
      movedTime.applicationId,
      fresh.applicationId,
    ]);
  });
});
