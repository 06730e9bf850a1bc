import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, asApiError, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/files';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Button,
  ButtonRow,
  type Column,
  DataTable,
  DateField,
  Form,
  Instant,
  KoName,
  type Outcome,
  PageHeader,
  QueryState,
  Section,
  SelectField,
  TextField,
} from '../../kit';
import { admin } from './i18n';
import './admin.css';

registerCatalogue('admin', admin);

type Entry = Schemas['AuditEntryView'];
type Filters = { q?: string; action?: string; from?: string; to?: string };

/**
 * The actions the filter offers: every action of a subject (`agency.`), then each action the services
 * record (users in the gateway, agencies in enrollment, the institute's settings in curriculum).
 */
const ACTIONS = [
  'user.',
  'user.created',
  'user.changed',
  'user.disabled',
  'user.enabled',
  'user.unlocked',
  'user.password_reset',
  'user.password_reset_by_mail',
  'agency.',
  'agency.created',
  'agency.changed',
  'agency.deactivated',
  'agency.reactivated',
  'agency.deleted',
  'settings.',
  'settings.changed',
  'settings.logo_changed',
  'settings.seal_changed',
] as const;

/** 감사 로그: every administrative change of the institute, newest first; searched and downloaded as xlsx or CSV. */
export default function AuditScreen() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({});
  const entries = $api.useQuery('get', '/api/admin/audit', { params: { query: filters } });
  return (
    <div className="adm-screen" data-testid="admin-audit">
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <AuditFilters onSearch={setFilters} />
      <Downloads filters={filters} />
      <Section title={t('audit.table')} testId="audit-section">
        <QueryState loading={entries.isPending} error={entries.error} retry={() => void entries.refetch()} testId="audit">
          {entries.data && <AuditTable entries={entries.data} />}
        </QueryState>
      </Section>
    </div>
  );
}

function AuditFilters({ onSearch }: { onSearch(filters: Filters): void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const form = useForm<Filters>({ defaultValues: { q: '', from: '', to: '' } });
  return (
    <Form
      form={form}
      label={t('audit.filters')}
      submitLabel={tc('action.search')}
      className="adm-filters"
      testId="audit-filters"
      onSubmit={async (values) => {
        onSearch({
          q: values.q || undefined,
          action: values.action || undefined,
          from: values.from || undefined,
          to: values.to || undefined,
        });
      }}
    >
      <TextField name="q" label={t('audit.q')} hint={t('audit.qHint')} maxLength={100} autoComplete="off" testId="audit-q" />
      <SelectField
        name="action"
        label={t('audit.action')}
        placeholder={t('users.any')}
        options={ACTIONS.map((action) => ({ value: action, label: t(`actionName.${action}`) }))}
        testId="audit-action"
      />
      <DateField name="from" label={t('audit.from')} testId="audit-from" />
      <DateField
        name="to"
        label={t('audit.to')}
        validate={(value, values) =>
          value && values.from && String(value) < String(values.from)
            ? { code: 'VALIDATION.MIN', params: { min: String(values.from) } }
            : null
        }
        testId="audit-to"
      />
    </Form>
  );
}

function Downloads({ filters }: { filters: Filters }) {
  const { t } = useTranslation('admin');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const download = async (format: 'xlsx' | 'csv') => {
    setOutcome(null);
    setBusy(format);
    try {
      const query = Object.fromEntries(Object.entries({ ...filters, format }).filter(([, v]) => v)) as Record<string, string>;
      await downloadFile('/api/admin/audit/export', `audit.${format}`, query);
      setOutcome({ kind: 'success', text: t('audit.downloaded') });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [asApiError(error)] });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="adm-downloads">
      <ButtonRow>
        <Button variant="secondary" busy={busy === 'xlsx'} onClick={() => void download('xlsx')} testId="audit-xlsx">
          {t('audit.xlsx')}
        </Button>
        <Button variant="secondary" busy={busy === 'csv'} onClick={() => void download('csv')} testId="audit-csv">
          {t('audit.csv')}
        </Button>
      </ButtonRow>
      <ActionStatus outcome={outcome} testId="audit-download-status" />
    </div>
  );
}

/** A side of a change as "field: value" lines a person reads, not JSON. */
function ChangeSide({ values }: { values: Entry['before'] }) {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation();
  if (!values || Object.keys(values).length === 0) return <span className="adm-note">{t('audit.empty')}</span>;
  const text = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('dash');
    if (key === 'roles' && Array.isArray(value)) return value.map((role) => tc(`role.${String(role)}` as never)).join(', ');
    if (key === 'status') return t(`status.${String(value)}` as never);
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  return (
    <dl className="adm-change">
      {Object.entries(values).map(([key, value]) => (
        <div key={key}>
          <dt>{i18n.exists(`field.${key}`, { ns: 'admin' }) ? t(`field.${key}` as never) : key}</dt>
          <dd>{typeof value === 'string' && key !== 'status' ? <KoName>{value}</KoName> : text(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function AuditTable({ entries }: { entries: Entry[] }) {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const actionName = (action: string) =>
    i18n.exists(`actionName.${action}`, { ns: 'admin' }) ? t(`actionName.${action}` as never) : action;
  const columns: Column<Entry>[] = [
    { key: 'at', header: t('audit.at'), rowHeader: true, render: (e) => <Instant at={e.at} /> },
    {
      key: 'actor',
      header: t('audit.actor'),
      render: (e) => (
        <>
          <KoName>{e.actorName}</KoName> <span className="adm-note">{tc(`role.${e.actorRole}` as never)}</span>
        </>
      ),
    },
    {
      key: 'action',
      header: t('audit.action'),
      render: (e) => (
        <>
          {actionName(e.action)}{' '}
          <span className="adm-note">
            {i18n.exists(`service.${e.service}`, { ns: 'admin' }) ? t(`service.${e.service}` as never) : e.service}
          </span>
        </>
      ),
    },
    { key: 'subject', header: t('audit.subject'), render: (e) => <span className="adm-note">{`${e.subjectType} ${e.subjectId}`}</span> },
    { key: 'before', header: t('audit.before'), render: (e) => <ChangeSide values={e.before} /> },
    { key: 'after', header: t('audit.after'), render: (e) => <ChangeSide values={e.after} /> },
  ];
  return (
    <DataTable
      caption={t('audit.table')}
      columns={columns}
      rows={entries}
      rowKey={(e) => `${e.service}-${e.at}-${e.subjectId}-${e.action}`}
      narrow="scroll"
      empty={t('audit.none')}
      testId="audit-table"
      rowTestId={(e) => `audit-row-${e.action}`}
    />
  );
}
