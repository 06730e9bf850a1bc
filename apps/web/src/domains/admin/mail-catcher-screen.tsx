import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, type Schemas } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import { Badge, Form, Instant, KoName, Notice, PageHeader, Pagination, QueryState, Section, SelectField } from '../../kit';
import { admin } from './i18n';
import './admin.css';

registerCatalogue('admin', admin);

type Caught = Schemas['CaughtMessageView'];
type Channel = Caught['channel'];
const PAGE_SIZE = 10;
const CHANNELS: readonly Channel[] = ['email', 'sms'];

/**
 * 메일 확인함: in embedded mode, the mails and texts the institute's people would have received, each
 * with its text, newest first. A view of the recorded messages; their states are the delivery log's.
 */
export default function MailCatcherScreen() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [channel, setChannel] = useState<Channel | undefined>(undefined);
  const [page, setPage] = useState(1);
  const caught = $api.useQuery('get', '/api/admin/mail-catcher', { params: { query: { channel, page, pageSize: PAGE_SIZE } } });
  const pages = caught.data ? Math.max(1, Math.ceil(caught.data.total / PAGE_SIZE)) : 1;
  const form = useForm<{ channel?: string }>();
  return (
    <div className="adm-screen" data-testid="admin-mail-catcher">
      <PageHeader title={t('catcher.title')} lead={t('catcher.lead')} />
      <Form
        form={form}
        label={t('catcher.filters')}
        submitLabel={tc('action.search')}
        className="adm-filters"
        testId="catcher-filters"
        onSubmit={async (values) => {
          setChannel((values.channel || undefined) as Channel | undefined);
          setPage(1);
        }}
      >
        <SelectField
          name="channel"
          label={t('catcher.channel')}
          placeholder={t('users.any')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          testId="catcher-channel"
        />
      </Form>
      <Section title={t('catcher.table')} testId="catcher-section">
        <QueryState loading={caught.isPending} error={caught.error} retry={() => void caught.refetch()} testId="catcher">
          {caught.data && (
            <>
              {!caught.data.mailCaught && <Notice testId="catcher-mail-sent">{t('catcher.mailSent')}</Notice>}
              {!caught.data.textsCaught && <Notice testId="catcher-texts-sent">{t('catcher.textsSent')}</Notice>}
              <p className="adm-note">{t('catcher.oneTimeLinks')}</p>
              <p className="adm-count" data-testid="catcher-count">
                {t('catcher.count', { count: caught.data.total })}
              </p>
              {caught.data.items.length === 0 ? (
                <p data-testid="catcher-none">{t('catcher.none')}</p>
              ) : (
                <ul className="adm-caught" data-testid="catcher-list">
                  {caught.data.items.map((m) => (
                    <CaughtMessage key={m.id} message={m} />
                  ))}
                </ul>
              )}
              <Pagination page={page} pages={pages} onPage={setPage} testId="catcher-pages" />
            </>
          )}
        </QueryState>
      </Section>
    </div>
  );
}

function CaughtMessage({ message }: { message: Caught }) {
  const { t } = useTranslation('admin');
  return (
    <li className="adm-caught-item" data-testid={`caught-${message.channel}`}>
      <h3 className="adm-caught-subject">
        <KoName>{message.subject}</KoName>{' '}
        <Badge tone={message.channel === 'sms' ? 'primary' : 'gray'}>{t(`catcher.kind.${message.kind}`)}</Badge>
      </h3>
      <dl className="adm-caught-meta">
        <dt>{t('catcher.to')}</dt>
        <dd>{message.address}</dd>
        <dt>{t('catcher.at')}</dt>
        <dd>
          <Instant at={message.at} />
        </dd>
      </dl>
      <pre className="adm-caught-body" lang="ko" data-testid="caught-body">
        {message.body}
      </pre>
    </li>
  );
}
