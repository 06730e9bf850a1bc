import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, api, type Schemas, unwrap } from '../../api/client';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  type Column,
  ConfirmDialog,
  DataTable,
  Form,
  Modal,
  Num,
  NumberField,
  type Outcome,
  PageHeader,
  problemOf,
  QueryState,
  Section,
  SelectField,
  TextField,
  useLocalName,
} from '../../kit';
import { institute } from './i18n';
import { AGENCY_KINDS, CODE_PATTERN, useInstituteT } from './shared';

registerCatalogue('institute', institute);

type Agency = Schemas['AgencyAdminView'];
type AgencyValues = { code?: string; nameKo?: string; nameEn?: string; kind?: Schemas['AgencyKind']; defaultQuota?: number };

const AGENCY_PATHS = ['/api/admin/agencies', '/api/enrollment/agencies'];

/** 기관 관리: the institute's agencies, adding and editing one, and deactivating one after a confirmation. */
export default function AgenciesScreen() {
  const t = useInstituteT();
  const agencies = $api.useQuery('get', '/api/admin/agencies');
  const [editing, setEditing] = useState<Agency | null>(null);
  return (
    <div data-testid="agencies">
      <PageHeader title={t('agencies.title')} lead={t('agencies.lead')} />
      <QueryState loading={agencies.isPending} error={agencies.error} retry={() => void agencies.refetch()} testId="agencies">
        <AgencyTable agencies={agencies.data ?? []} onEdit={setEditing} />
        <Section title={t('agency.add')} testId="agency-add">
          <AgencyForm />
        </Section>
      </QueryState>
      <Modal
        open={editing !== null}
        title={editing ? t('agency.editTitle', { name: editing.nameKo }) : ''}
        onClose={() => setEditing(null)}
        testId="agency-edit"
      >
        {editing && <AgencyForm agency={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </div>
  );
}

function AgencyTable({ agencies, onEdit }: { agencies: Agency[]; onEdit(agency: Agency): void }) {
  const t = useInstituteT();
  const localName = useLocalName();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Agency | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const setActive = async (agency: Agency, active: boolean) => {
    setBusy(true);
    setOutcome(null);
    const path = active ? '/api/admin/agencies/{code}/reactivate' : '/api/admin/agencies/{code}/deactivate';
    try {
      await unwrap(api.POST(path, { params: { path: { code: agency.code } } }));
      const name = localName(agency.nameKo, agency.nameEn);
      setOutcome({ kind: 'success', text: t(active ? 'agency.reactivated' : 'agency.deactivated', { name }) });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'get' && AGENCY_PATHS.includes(String(q.queryKey[1])) });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [problemOf(error)] });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  const columns: Column<Agency>[] = [
    { key: 'code', header: t('col.code'), render: (a) => <span className="code">{a.code}</span> },
    { key: 'name', header: t('col.name'), rowHeader: true, render: (a) => localName(a.nameKo, a.nameEn) },
    { key: 'kind', header: t('col.kind'), render: (a) => t(`agencyKind.${a.kind}`) },
    { key: 'defaultQuota', header: t('col.defaultQuota'), align: 'end', render: (a) => <Num value={a.defaultQuota} /> },
    { key: 'trainees', header: t('col.trainees'), align: 'end', render: (a) => t('people', { count: a.trainees }) },
    {
      key: 'admins',
      header: t('col.admins'),
      render: (a) => (a.admins && a.admins.length > 0 ? <span lang="ko">{a.admins.map((u) => u.name).join(', ')}</span> : t('noAdmins')),
    },
    {
      key: 'state',
      header: t('col.state'),
      render: (a) => <Badge tone={a.active ? 'success' : 'gray'}>{a.active ? t('active') : t('inactive')}</Badge>,
    },
    {
      key: 'actions',
      header: t('col.actions'),
      render: (a) => {
        const name = localName(a.nameKo, a.nameEn);
        return (
          <div className="button-row">
            <Button
              size="small"
              variant="tertiary"
              onClick={() => onEdit(a)}
              aria-label={t('agency.editOf', { name })}
              testId="agency-edit-open"
            >
              {t('agency.edit')}
            </Button>
            {a.active ? (
              <Button
                size="small"
                variant="secondary"
                onClick={() => setAsking(a)}
                aria-label={t('agency.deactivateOf', { name })}
                testId="agency-deactivate"
              >
                {t('agency.deactivate')}
              </Button>
            ) : (
              <Button
                size="small"
                variant="secondary"
                onClick={() => void setActive(a, true)}
                busy={busy}
                aria-label={t('agency.reactivateOf', { name })}
                testId="agency-reactivate"
              >
                {t('agency.reactivate')}
              </Button>
            )}
          </div>
        );
      },
    },
  ];
  return (
    <Section title={t('agencies.list')} testId="agency-list">
      <DataTable
        caption={t('agencies.list')}
        columns={columns}
        rows={agencies}
        rowKey={(a) => a.code}
        rowTestId={(a) => `agency-${a.code}`}
        testId="agencies-table"
        narrow="scroll"
        empty={t('agencies.none')}
      />
      <ActionStatus outcome={outcome} testId="agency-status" />
      <ConfirmDialog
        open={asking !== null}
        title={t('agency.confirmTitle')}
        body={asking ? t('agency.confirmBody', { name: localName(asking.nameKo, asking.nameEn), count: asking.trainees }) : null}
        confirmLabel={t('agency.deactivate')}
        onConfirm={() => asking && void setActive(asking, false)}
        onClose={() => setAsking(null)}
        busy={busy}
        testId="agency-confirm"
      />
    </Section>
  );
}

/** Adds an agency, or edits `agency` (its code stays); the server's problems show beside their fields. */
function AgencyForm({ agency, onClose }: { agency?: Agency; onClose?: () => void }) {
  const t = useInstituteT();
  const queryClient = useQueryClient();
  const form = useForm<AgencyValues>({
    mode: 'onTouched',
    defaultValues: agency
      ? { nameKo: agency.nameKo, nameEn: agency.nameEn, kind: agency.kind, defaultQuota: agency.defaultQuota }
      : { kind: 'district', defaultQuota: 0 },
  });
  const prefix = agency ? 'agency-edit' : 'agency';
  return (
    <Form
      form={form}
      testId={`${prefix}-form`}
      label={agency ? t('agency.editTitle', { name: agency.nameKo }) : t('agency.add')}
      submitLabel={agency ? t('agency.save') : t('agency.addSubmit')}
      resetOnSuccess={!agency}
      actions={
        onClose && (
          <Button variant="tertiary" onClick={onClose} testId={`${prefix}-cancel`}>
            {t('agency.cancel')}
          </Button>
        )
      }
      success={(saved: Agency) => t(agency ? 'agency.saved' : 'agency.added', { name: saved.nameKo })}
      onSubmit={async (v) => {
        const body = { nameKo: v.nameKo!, nameEn: v.nameEn!, kind: v.kind!, defaultQuota: v.defaultQuota! };
        const saved = await unwrap(
          agency
            ? api.PATCH('/api/admin/agencies/{code}', { params: { path: { code: agency.code } }, body })
            : api.POST('/api/admin/agencies', { body: { ...body, code: v.code!.trim().toUpperCase() } }),
        );
        await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'get' && AGENCY_PATHS.includes(String(q.queryKey[1])) });
        return saved;
      }}
    >
      <div className="form-grid">
        {!agency && (
          <TextField
            name="code"
            label={t('agency.code')}
            hint={t('agency.codeHint')}
            required
            maxLength={40}
            validate={(value) =>
              typeof value === 'string' && value !== '' && !CODE_PATTERN.test(value.trim().toUpperCase())
                ? { code: 'VALIDATION.FORMAT' }
                : null
            }
            testId={`${prefix}-code`}
          />
        )}
        <TextField name="nameKo" label={t('agency.nameKo')} required maxLength={100} testId={`${prefix}-name-ko`} />
        <TextField name="nameEn" label={t('agency.nameEn')} required maxLength={100} testId={`${prefix}-name-en`} />
        <SelectField
          name="kind"
          label={t('agency.kind')}
          required
          placeholder={false}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}`) }))}
          testId={`${prefix}-kind`}
        />
        <NumberField
          name="defaultQuota"
          label={t('agency.defaultQuota')}
          unit={t('unit.people')}
          required
          min={0}
          max={1000}
          testId={`${prefix}-default-quota`}
        />
      </div>
    </Form>
  );
}
