import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { $api, type Schemas } from '../../../api/client';
import { registerCatalogue } from '../../../i18n/i18n';
import { Badge, type Column, DataTable, Num, PageHeader, QueryState, Section, useLocalName } from '../../../kit';
import '../words';
import { ExamForm } from './exam-form';
import { examOfficer } from './i18n';
import { examPath } from './shared';
import './officer.css';

registerCatalogue('examOfficer', examOfficer);

type Exam = Schemas['ExamView'];

/** 시험 관리: the officer's rounds, and the form to announce one; a round opens its season. */
export default function ConsoleScreen() {
  const { t } = useTranslation('examOfficer');
  const { t: tw } = useTranslation('examWords');
  const localName = useLocalName();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const exams = $api.useQuery('get', '/api/exam/exams');
  const columns: Column<Exam>[] = [
    {
      key: 'title',
      header: t('col.exam'),
      rowHeader: true,
      render: (e) => (
        <Link to={examPath(e.id)} data-testid="exam-console-link">
          {localName(e.titleKo, e.titleEn)}
        </Link>
      ),
    },
    { key: 'kind', header: t('col.kind'), render: (e) => tw(`kind.${e.kind}`) },
    {
      key: 'phase',
      header: t('col.phase'),
      render: (e) => <Badge tone={e.phase === 'accepting' ? 'primary' : 'gray'}>{tw(`phase.${e.phase}`)}</Badge>,
    },
    { key: 'positions', header: t('col.positions'), align: 'end', render: (e) => <Num value={e.positions.length} /> },
    {
      key: 'applicants',
      header: t('col.applicants'),
      align: 'end',
      render: (e) => <Num value={e.positions.reduce((s, p) => s + p.applicants, 0)} />,
    },
  ];
  return (
    <div className="exam-officer" data-testid="exam-console">
      <PageHeader title={t('console.title')} lead={t('console.lead')} />
      <Section title={t('console.caption')}>
        <QueryState loading={exams.isPending} error={exams.error} retry={() => void exams.refetch()} testId="exam-console-list">
          <DataTable
            caption={t('console.caption')}
            columns={columns}
            rows={exams.data}
            rowKey={(e) => e.id}
            rowTestId="exam-console-row"
            narrow="scroll"
            testId="exam-console-table"
          />
        </QueryState>
      </Section>
      <Section title={t('form.new')} testId="exam-new-section">
        <ExamForm
          onSaved={async (exam) => {
            await queryClient.invalidateQueries({ queryKey: ['get', '/api/exam/exams'] });
            void navigate(examPath(exam.id, 'positions'));
          }}
        />
      </Section>
    </div>
  );
}
