import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { $api, api, type Schemas, unwrap } from '../../../api/client';
import { uploadFile } from '../../../api/files';
import { useSession } from '../../../app/App';
import { NotFoundScreen } from '../../../app/fallback-screens';
import { registerCatalogue } from '../../../i18n/i18n';
import {
  DateField,
  FileUpload,
  Form,
  Instant,
  PageHeader,
  QueryState,
  Section,
  TextAreaField,
  TextField,
  useLocalName,
} from '../../../kit';
import '../words';
import { examOfficer } from './i18n';
import { useRefreshExam } from './use-action';
import './officer.css';

registerCatalogue('examOfficer', examOfficer);

type Exam = Schemas['ExamView'];

/** What the examination service takes as the notice (notice-document.ts): a PDF of at most 8 MB. */
export const NOTICE_MAX_BYTES = 8 * 1024 * 1024;
/** As the exam's DTO allows: at most 10 subjects of at most 50 characters. */
const MAX_SUBJECTS = 10;
const MAX_SUBJECT_LENGTH = 50;

/** The subjects box, one subject a line, as the ordered list the server keeps (blank lines dropped). */
export function subjectsFrom(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * 공고 관리 (/exam-officer/<exam>/notice): what the public announcement shows of the exam beyond its
 * dates: the notice document (공고문, a PDF), the subjects and the residency rule, with a link to the
 * announcement as anyone sees it. The dates are changed in the exam's own form (overview tab).
 */
export default function NoticeScreen() {
  const { examId } = useParams();
  if (!examId || !/^[0-9a-f-]{36}$/i.test(examId)) return <NotFoundScreen />;
  return <NoticeOfExam examId={examId} />;
}

function NoticeOfExam({ examId }: { examId: string }) {
  const { t } = useTranslation('examOfficer');
  const localName = useLocalName();
  const exam = $api.useQuery('get', '/api/exam/exams/{id}', { params: { path: { id: examId } } });
  return (
    <div className="exam-officer" data-testid="exam-notice-admin">
      <PageHeader title={t('notice.title')} lead={exam.data ? localName(exam.data.titleKo, exam.data.titleEn) : undefined} />
      <p>
        <Link to={`/exam-officer/${examId}`} data-testid="exam-notice-back">
          {t('notice.back')}
        </Link>
      </p>
      <QueryState loading={exam.isPending} error={exam.error} retry={() => void exam.refetch()} testId="exam-notice-admin-state">
        {exam.data && <NoticeEditor exam={exam.data} />}
      </QueryState>
    </div>
  );
}

/** The notice's parts: the preview link, the PDF, the announcement's text, and where its dates are changed (the exam's form). */
export function NoticeEditor({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const session = useSession();
  const preview = session ? `/exams/${encodeURIComponent(session.user.tenantSlug)}/${exam.id}` : null;
  return (
    <>
      {preview && (
        <p className="exam-actions">
          <a href={preview} target="_blank" rel="noreferrer" className="krds-btn medium secondary" data-testid="exam-notice-preview">
            {t('notice.preview')}
          </a>
        </p>
      )}
      <NoticeDocument exam={exam} />
      <AnnouncementText exam={exam} />
      <Section title={t('overview.schedule')} testId="exam-notice-schedule">
        <p>
          <Link to={`/exam-officer/${exam.id}?tab=overview`} data-testid="exam-notice-schedule-edit">
            {t('notice.scheduleEdit')}
          </Link>
        </p>
      </Section>
    </>
  );
}

/** 공고문: the file now in place, and a PDF to put in its place (checked here by name and size, by the server by its content). */
function NoticeDocument({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const refresh = useRefreshExam();
  const notice = exam.notice;
  return (
    <Section title={t('notice.document')} testId="exam-notice-file">
      <p data-testid="exam-notice-current">
        {notice ? (
          <>
            {t('notice.current', { file: notice.fileName, size: Math.max(1, Math.round(notice.size / 1024)) })} ·{' '}
            <Instant at={notice.uploadedAt} />
          </>
        ) : (
          t('notice.noneYet')
        )}
      </p>
      <FileUpload
        title={notice ? t('notice.replace') : t('notice.upload')}
        description={<p className="form-hint">{t('notice.fileHint')}</p>}
        accept={['.pdf']}
        maxBytes={NOTICE_MAX_BYTES}
        uploadLabel={notice ? t('notice.replace') : t('notice.upload')}
        testId="exam-notice-upload"
        success={(saved: Schemas['ExamNoticeView']) => t('notice.uploaded', { file: saved.fileName })}
        onUpload={async (file) => {
          const saved = await uploadFile<Schemas['ExamNoticeView']>(`/api/exam/exams/${exam.id}/notice`, file, { method: 'PUT' });
          await refresh();
          return saved;
        }}
      />
    </Section>
  );
}

interface TextValues {
  subjects: string;
  residencyRegionKo: string;
  residencyCutoffOn?: string;
  eligibilityKo: string;
  eligibilityEn: string;
}

/** The longest 응시자격 text, in each language (libs/api, ELIGIBILITY_TEXT_MAX). */
const ELIGIBILITY_TEXT_MAX = 2000;

/** 시험과목 and 응시자격 (the residency rule) as the announcement prints them; each position's least age is set with the position. */
function AnnouncementText({ exam }: { exam: Exam }) {
  const { t } = useTranslation('examOfficer');
  const refresh = useRefreshExam();
  const form = useForm<TextValues>({
    mode: 'onTouched',
    defaultValues: {
      subjects: exam.subjects.join('\n'),
      residencyRegionKo: exam.residencyRegionKo ?? '',
      residencyCutoffOn: exam.residencyCutoffOn ?? undefined,
      eligibilityKo: exam.eligibilityKo ?? '',
      eligibilityEn: exam.eligibilityEn ?? '',
    },
  });
  return (
    <Section title={t('notice.text')} testId="exam-notice-text">
      <Form
        form={form}
        testId="exam-notice-form"
        label={t('notice.text')}
        submitLabel={t('form.save')}
        success={t('saved')}
        onSubmit={async (v) => {
          const region = v.residencyRegionKo.trim();
          const saved = await unwrap(
            api.PATCH('/api/exam/exams/{id}', {
              params: { path: { id: exam.id } },
              // The rest of the exam stays as it is (the generated type marks the DTO's defaults as required).
              body: {
                subjects: subjectsFrom(v.subjects),
                // Empty clears the passage.
                eligibilityKo: v.eligibilityKo,
                eligibilityEn: v.eligibilityEn,
                ...(region ? { residencyRegionKo: region } : {}),
                ...(v.residencyCutoffOn ? { residencyCutoffOn: v.residencyCutoffOn } : {}),
              } as Schemas['UpdateExamDto'],
            }),
          );
          await refresh();
          return saved;
        }}
      >
        <TextAreaField
          name="subjects"
          label={t('notice.subjects')}
          hint={t('notice.subjectsHint', { max: MAX_SUBJECTS, length: MAX_SUBJECT_LENGTH })}
          rows={6}
          validate={(value) => {
            const subjects = subjectsFrom(typeof value === 'string' ? value : '');
            if (subjects.length > MAX_SUBJECTS) return { code: 'VALIDATION.MAX_ITEMS', params: { max: MAX_SUBJECTS } };
            if (subjects.some((s) => s.length > MAX_SUBJECT_LENGTH))
              return { code: 'VALIDATION.MAX_LENGTH', params: { max: MAX_SUBJECT_LENGTH } };
            return null;
          }}
          testId="exam-notice-subjects"
        />
        <div className="exam-form-grid">
          <TextField name="residencyRegionKo" label={t('form.residencyRegion')} maxLength={50} testId="exam-notice-residency-region" />
          <DateField name="residencyCutoffOn" label={t('form.residencyCutoff')} testId="exam-notice-residency-cutoff" />
        </div>
        <TextAreaField
          name="eligibilityKo"
          label={t('notice.eligibilityKo')}
          hint={t('notice.eligibilityHint', { max: ELIGIBILITY_TEXT_MAX })}
          maxLength={ELIGIBILITY_TEXT_MAX}
          rows={5}
          testId="exam-notice-eligibility-ko"
        />
        <TextAreaField
          name="eligibilityEn"
          label={t('notice.eligibilityEn')}
          maxLength={ELIGIBILITY_TEXT_MAX}
          rows={4}
          testId="exam-notice-eligibility-en"
        />
        <p className="exam-muted">{t('notice.minAgeHint')}</p>
      </Form>
    </Section>
  );
}
