import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../exam-queries';
import { MAX_NOTICE_BYTES } from '../../notice-document';
import { UploadNoticeUseCase } from './upload-notice.usecase';

describe('UploadNoticeUseCase', () => {
  let db: SpecDatabase;
  let queries: ExamQueries;
  let useCase: UploadNoticeUseCase;
  const pdf = Buffer.from('%PDF-1.7 공고문');

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new ExamQueries(db.dataSource);
    useCase = new UploadNoticeUseCase(db.dataSource, queries);
  });
  afterAll(() => db.close());

  async function examOf() {
    const user: AuthUser = { userId: randomUUID(), tenantId: randomUUID(), role: 'exam_officer', agencyCode: null, name: '채용담당' };
    return { user, examId: (await seedExam(db, user.tenantId, { open: true })).examId };
  }

  it('keeps the PDF under its decoded name, a new one in place of the old, shown on the exam', async () => {
    const { user, examId } = await examOf();
    const first = await useCase.execute(user, { examId, content: pdf, fileName: encodeURIComponent('C:\\공고\\제1회 공고문.pdf') });
    expect(first).toMatchObject({ fileName: '제1회 공고문.pdf', size: pdf.length });
    const second = Buffer.from('%PDF-1.7 정정 공고문');
    await useCase.execute(user, { examId, content: second });
    const stored = await queries.notice(user.tenantId, examId);
    expect([stored?.fileName, stored?.content.equals(second)]).toEqual(['notice.pdf', true]);
    expect((await queries.view(user.tenantId, examId)).notice).toMatchObject({ fileName: 'notice.pdf', size: second.length });
  });

  it('refuses what is not a PDF, an empty or too large file, with coded errors on the file, and changes nothing', async () => {
    const { user, examId } = await examOf();
    await useCase.execute(user, { examId, content: pdf });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await refusal(useCase.execute(user, { examId, content: png }))).toMatchObject({ status: 400, code: 'EXAM_NOTICE.NOT_PDF' });
    expect(await refusal(useCase.execute(user, { examId, content: Buffer.alloc(0) }))).toMatchObject({ code: 'EXAM_NOTICE.EMPTY' });
    const large = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_NOTICE_BYTES)]);
    expect(await refusal(useCase.execute(user, { examId, content: large }))).toMatchObject({
      status: 413,
      code: 'EXAM_NOTICE.TOO_LARGE',
      body: { params: { maxMegabytes: 8 } },
    });
    expect((await queries.notice(user.tenantId, examId))?.content.equals(pdf)).toBe(true);
  });

  it("answers another institute's exam as not found", async () => {
    const { examId } = await examOf();
    const stranger: AuthUser = { userId: randomUUID(), tenantId: randomUUID(), role: 'exam_officer', agencyCode: null, name: '남' };
    expect(await refusal(useCase.execute(stranger, { examId, content: pdf }))).toMatchObject({ status: 404, code: 'EXAM.NOT_FOUND' });
    expect(await queries.notice(stranger.tenantId, examId)).toBeNull();
  });
});
