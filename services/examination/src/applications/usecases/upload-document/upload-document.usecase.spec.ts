import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { ApplicationQueries } from '../../application-queries';
import { MAX_DOCUMENTS_PER_APPLICATION } from '../../documents/supporting-documents';
import { UploadDocumentUseCase } from './upload-document.usecase';

describe('UploadDocumentUseCase', () => {
  let db: SpecDatabase;
  let queries: ApplicationQueries;
  let useCase: UploadDocumentUseCase;
  const pdf = Buffer.from('%PDF-1.4 a certificate');

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new ApplicationQueries(db.dataSource);
    useCase = new UploadDocumentUseCase(db.dataSource, queries, new ExamQueries(db.dataSource));
  });
  afterAll(() => db.close());

  async function applicationOf(options: { open?: boolean; status?: string } = { open: true }) {
    const user: AuthUser = { userId: randomUUID(), tenantId: randomUUID(), role: 'applicant', agencyCode: null, name: '홍길동' };
    const exam = await seedExam(db, user.tenantId, { open: options.open });
    const applicationId = await seedApplication(db, user.tenantId, exam, { applicantId: user.userId, status: options.status });
    return { user, applicationId };
  }

  it('keeps the file with its decoded name and its type read from the content', async () => {
    const { user, applicationId } = await applicationOf();
    const view = await useCase.execute(user, { applicationId, content: pdf, fileName: encodeURIComponent('자격증.pdf') });
    expect(view).toMatchObject({ fileName: '자격증.pdf', contentType: 'application/pdf', size: pdf.length });
    const stored = await queries.documentWithContent(user.tenantId, applicationId, view.id);
    expect(stored?.content.equals(pdf)).toBe(true);
  });

  it(`takes at most ${MAX_DOCUMENTS_PER_APPLICATION} documents`, async () => {
    const { user, applicationId } = await applicationOf();
    for (let i = 0; i < MAX_DOCUMENTS_PER_APPLICATION; i++) await useCase.execute(user, { applicationId, content: pdf });
    expect(await refusal(useCase.execute(user, { applicationId, content: pdf }))).toMatchObject({
      status: 409,
      code: 'EXAM_DOCUMENT.LIMIT_REACHED',
      body: { params: { max: MAX_DOCUMENTS_PER_APPLICATION } },
    });
  });

  it('takes documents only while applications are open and the application stands', async () => {
    for (const options of [{ open: false }, { open: true, status: 'cancelled' }]) {
      const { user, applicationId } = await applicationOf(options);
      expect(await refusal(useCase.execute(user, { applicationId, content: pdf }))).toMatchObject({
        status: 409,
        code: 'EXAM_DOCUMENT.WINDOW_CLOSED',
      });
    }
  });

  it('refuses a file that is not PDF, PNG or JPG', async () => {
    const { user, applicationId } = await applicationOf();
    expect(await refusal(useCase.execute(user, { applicationId, content: Buffer.from('plain text') }))).toMatchObject({
      status: 400,
      code: 'EXAM_DOCUMENT.UNSUPPORTED_TYPE',
    });
  });

  it('does not find another applicant’s application', async () => {
    const { user, applicationId } = await applicationOf();
    const stranger = { ...user, userId: randomUUID() };
    expect(await refusal(useCase.execute(stranger, { applicationId, content: pdf }))).toMatchObject({
      status: 404,
      code: 'EXAM_APPLICATION.NOT_FOUND',
    });
  });
});
