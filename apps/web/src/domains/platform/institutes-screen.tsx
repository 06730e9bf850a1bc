import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, api, asApiError, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { currentLanguage } from '../../i18n/i18n';
import { formatInstant, formatNumber } from '../../i18n/format';
import {
  ActionStatus,
  Badge,
  Button,
  type Column,
  DataTable,
  Form,
  KoName,
  type Outcome,
  PageHeader,
  QueryState,
  Section,
  TextField,
  useLocalName,
} from '../../kit';
import { useConfirm } from '../curriculum/confirm';
import { platform } from './i18n';
import '../admin/admin.css';

registerCatalogue('platform', platform);

type Institute = Schemas['InstituteView'];
type Action = 'deactivate' | 'reactivate';
/** As the server checks them (INSTITUTE_CODE in libs/api; an e-mail address). */
const CODE = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks for the list of institutes again after a change. */
function useRefresh(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] === '/api/platform/institutes' });
}

/** 기관 관리 (플랫폼): the institutes with their head counts, a new one with its first administrator, deactivation. */
export default function InstitutesScreen() {
  const { t } = useTranslation('platform');
  const institutes = $api.useQuery('get', '/api/platform/institutes');
  return (
    <div className="adm-screen" data-testid="platform-institutes">
      <PageHeader title={t('institutes.title')} lead={t('institutes.lead')} />
      <Section title={t('institutes.table')} testId="institutes-section">
        <QueryState loading={institutes.isPending} error={institutes.error} retry={() => void institutes.refetch()} testId="institutes">
          {institutes.data && (
            <>
              <p className="adm-count" data-testid="institutes-count">
                {t('institutes.count', { count: institutes.data.length })}
              </p>
              <InstitutesTable institutes={institutes.data} />
            </>
          )}
        </QueryState>
      </Section>
      <Section title={t('create.title')} testId="institute-create">
        <CreateInstituteForm />
      </Section>
    </div>
  );
}

function InstitutesTable({ institutes }: { institutes: Institute[] }) {
  const { t } = useTranslation('platform');
  const localName = useLocalName();
  const lang = currentLanguage();
  const refresh = useRefresh();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { dialog, ask } = useConfirm(t('confirm.title'), t('confirm.go'), 'institute-confirm');
  const nameOf = (i: Institute) => localName(i.nameKo, i.nameEn);

  const run = async (institute: Institute, action: Action) => {
    setOutcome(null);
    if (!(await ask(t(`confirm.${action}`, { name: nameOf(institute), code: institute.code })))) return;
    const path = { params: { path: { id: institute.id } } };
    try {
      if (action === 'deactivate') await unwrap(api.POST('/api/platform/institutes/{id}/deactivate', path));
      else await unwrap(api.POST('/api/platform/institutes/{id}/reactivate', path));
      await refresh();
      setOutcome({ kind: 'success', text: t(`done.${action}`, { name: nameOf(institute) }) });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [asApiError(error)] });
    }
  };

  const columns: Column<Institute>[] = [
    { key: 'code', header: t('institutes.code'), rowHeader: true, render: (i) => <code>{i.code}</code> },
    { key: 'nameKo', header: t('institutes.nameKo'), render: (i) => <KoName>{i.nameKo}</KoName> },
    { key: 'nameEn', header: t('institutes.nameEn'), render: (i) => <span lang="en">{i.nameEn}</span> },
    { key: 'users', header: t('institutes.users'), align: 'end', render: (i) => formatNumber(i.users, lang) },
    { key: 'admins', header: t('institutes.admins'), align: 'end', render: (i) => formatNumber(i.admins, lang) },
    {
      key: 'status',
      header: t('institutes.status'),
      render: (i) => <Badge tone={i.status === 'active' ? 'success' : 'danger'}>{t(`status.${i.status}`)}</Badge>,
    },
    {
      key: 'actions',
      header: t('institutes.actions'),
      render: (i) => {
        const action: Action = i.status === 'active' ? 'deactivate' : 'reactivate';
        return (
          <Button
            size="xsmall"
            variant={action === 'deactivate' ? 'danger' : 'tertiary'}
            aria-label={t('action.for', { name: nameOf(i), action: t(`action.${action}`) })}
            onClick={() => void run(i, action)}
            testId={`institute-${action}-${i.code}`}
          >
            {t(`action.${action}`)}
          </Button>
        );
      },
    },
  ];
  return (
    <>
      <DataTable
        caption={t('institutes.table')}
        columns={columns}
        rows={institutes}
        rowKey={(i) => i.id}
        narrow="scroll"
        empty={t('institutes.none')}
        testId="institutes-table"
        rowTestId={(i) => `institute-row-${i.code}`}
      />
      <ActionStatus outcome={outcome} testId="institutes-action-status" />
      {dialog}
    </>
  );
}

type InstituteValues = Schemas['CreateInstituteDto'];

function CreateInstituteForm() {
  const { t } = useTranslation('platform');
  const refresh = useRefresh();
  const lang = currentLanguage();
  const form = useForm<InstituteValues>({
    mode: 'onTouched',
    defaultValues: { code: '', nameKo: '', nameEn: '', adminName: '', adminEmail: '' },
  });
  return (
    <Form
      form={form}
      label={t('create.title')}
      submitLabel={t('create.submit')}
      resetOnSuccess
      testId="institute-form"
      success={(made: Schemas['CreatedInstituteView']) =>
        t('create.done', {
          name: lang === 'en' ? made.institute.nameEn : made.institute.nameKo,
          email: made.admin.email,
          until: formatInstant(made.admin.linkExpiresAt, lang),
        })
      }
      onSubmit={async (values) => {
        const made = await unwrap(api.POST('/api/platform/institutes', { body: values }));
        await refresh();
        return made;
      }}
    >
      <TextField
        name="code"
        label={t('field.code')}
        hint={t('create.codeHint')}
        required
        maxLength={32}
        pattern={{ value: CODE, code: 'VALIDATION.FORMAT' }}
        autoComplete="off"
        testId="institute-code"
      />
      <TextField name="nameKo" label={t('field.nameKo')} required maxLength={100} autoComplete="off" testId="institute-name-ko" />
      <TextField name="nameEn" label={t('field.nameEn')} required maxLength={100} autoComplete="off" testId="institute-name-en" />
      <TextField name="adminName" label={t('field.adminName')} required maxLength={50} autoComplete="off" testId="institute-admin-name" />
      <TextField
        name="adminEmail"
        type="email"
        label={t('field.adminEmail')}
        hint={t('create.adminHint')}
        required
        maxLength={200}
        pattern={{ value: EMAIL, code: 'VALIDATION.EMAIL' }}
        autoComplete="off"
        testId="institute-admin-email"
      />
    </Form>
  );
}
