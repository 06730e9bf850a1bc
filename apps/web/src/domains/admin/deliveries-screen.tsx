import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, type Schemas } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  type Column,
  DataTable,
  Form,
  Instant,
  KoName,
  PageHeader,
  Pagination,
  QueryState,
  Section,
  SelectField,
  TextField,
} from '../../kit';
import { admin } from './i18n';
import './admin.css';

registerCatalogue('admin', admin);

type Delivery = Schemas['DeliveryLogEntryView'];
type Status = Delivery['status'];
type Filters = { status?: Status; eventType?: string; recipient?: string };

const PAGE_SIZE = 20;
const STATUSES: readonly Status[] = ['pending', 'sent', 'failed'];
/** The events that tell people something today (the filter's choices). */
const EVENT_TYPES = [
  'finance.line.threshold_crossed',
  'identity.sign_up.verification_requested',
  'identity.sign_up.repeated',
  'identity.password_reset.requested',
] as const;

/** 발송 기록: every message the institute's people were sent, retried or failed, newest first. */
export default function DeliveriesScreen() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const log = $api.useQuery('get', '/api/admin/deliveries', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } });
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;
  return (
    <div className="adm-screen" data-testid="admin-deliveries">
      <PageHeader title={t('deliveries.title')} lead={t('deliveries.lead')} />
      <DeliveryFilters
        onSearch={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <Section title={t('deliveries.table')} testId="deliveries-section">
        <QueryState loading={log.isPending} error={log.error} retry={() => void log.refetch()} testId="deliveries">
          {log.data && (
            <>
              <p className="adm-count" data-testid="deliveries-count">
                {t('deliveries.count', { count: log.data.total })}
              </p>
              <DeliveriesTable rows={log.data.items} />
              <Pagination page={page} pages={pages} onPage={setPage} testId="deliveries-pages" />
            </>
          )}
        </QueryState>
      </Section>
    </div>
  );
}

function DeliveryFilters({ onSearch }: { onSearch(filters: Filters): void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const form = useForm<{ status?: string; eventType?: string; recipient?: string }>({ defaultValues: { recipient: '' } });
  return (
    <Form
      form={form}
      label={t('deliveries.filters')}
      submitLabel={tc('action.search')}
      className="adm-filters"
      testId="deliveries-filters"
      onSubmit={async (values) => {
        onSearch({
          status: (values.status || undefined) as Status | undefined,
          eventType: values.eventType || undefined,
          recipient: values.recipient?.trim() || undefined,
        });
      }}
    >
      <SelectField
        name="status"
        label={t('deliveries.status')}
        placeholder={t('users.any')}
        options={STATUSES.map((status) => ({ value: status, label: t(`deliveryStatus.${status}`) }))}
        testId="deliveries-status"
      />
      <SelectField
        name="eventType"
        label={t('deliveries.eventType')}
        placeholder={t('users.any')}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(`eventName.${type}`) }))}
        testId="deliveries-event-type"
      />
      <TextField
        name="recipient"
        label={t('deliveries.recipient')}
        hint={t('deliveries.recipientHint')}
        maxLength={200}
        autoComplete="off"
        testId="deliveries-recipient"
      />
    </Form>
  );
}

function DeliveriesTable({ rows }: { rows: Delivery[] }) {
  const { t, i18n } = useTranslation('admin');
  const eventName = (type: string) => (i18n.exists(`eventName.${type}`, { ns: 'admin' }) ? t(`eventName.${type}` as never) : type);
  const columns: Column<Delivery>[] = [
    { key: 'createdAt', header: t('deliveries.at'), rowHeader: true, render: (d) => <Instant at={d.createdAt} /> },
    { key: 'address', header: t('deliveries.recipient'), render: (d) => d.address },
    {
      key: 'subject',
      header: t('deliveries.subject'),
      render: (d) => (
        <>
          <KoName>{d.subject}</KoName> <span className="adm-note">{eventName(d.eventType)}</span>
        </>
      ),
    },
    { key: 'channel', header: t('deliveries.channel'), render: (d) => t(`channel.${d.channel}` as never) },
    {
      key: 'status',
      header: t('deliveries.status'),
      render: (d) => (
        <>
          {t(`deliveryStatus.${d.status}`)} <span className="adm-note">{t('deliveries.attempts', { count: d.attempts })}</span>
          {d.sentAt && (
            <span className="adm-note">
              {' '}
              <Instant at={d.sentAt} />
            </span>
          )}
        </>
      ),
    },
    {
      key: 'lastError',
      header: t('deliveries.lastError'),
      render: (d) => (
        <>
          {d.lastError ? <span className="adm-note">{d.lastError}</span> : t('dash')}
          {d.status !== 'sent' && d.nextAttemptAt && (
            <span className="adm-note">
              {' '}
              {t('deliveries.nextAttempt')} <Instant at={d.nextAttemptAt} />
            </span>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('deliveries.table')}
      columns={columns}
      rows={rows}
      rowKey={(d) => d.id}
      narrow="scroll"
      empty={t('deliveries.none')}
      testId="deliveries-table"
      rowTestId={(d) => `delivery-row-${d.status}`}
    />
  );
}
