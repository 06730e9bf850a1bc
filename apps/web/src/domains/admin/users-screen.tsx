import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { $api, api, asApiError, type Schemas, unwrap } from '../../api/client';
import type { Role } from '../../api/session';
import { useSession } from '../../app/App';
import { registerCatalogue } from '../../i18n/i18n';
import {
  ActionStatus,
  Badge,
  Button,
  ChoiceField,
  type Column,
  DataTable,
  Form,
  KoName,
  Modal,
  Notice,
  type Outcome,
  PageHeader,
  Pagination,
  QueryState,
  Section,
  SelectField,
  TextField,
} from '../../kit';
import { useConfirm } from '../curriculum/confirm';
import { admin } from './i18n';
import { AGENCY_CODE, AGENCY_ROLES, ALL, ASSIGNABLE, EMAIL, useRefreshAdmin } from './shared';
import './admin.css';

registerCatalogue('admin', admin);

type User = Schemas['AdminUserView'];
type Filters = { q?: string; role?: Role; status?: User['status']; agencyCode?: string };
type RowAction = 'disable' | 'enable' | 'unlock' | 'reset';
const PAGE_SIZE = 20;
const STATUSES: User['status'][] = ['active', 'disabled', 'unverified'];

/** 사용자 관리: the institute's accounts, searched and filtered, registered, changed, disabled, unlocked, reset. */
export default function UsersScreen() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [password, setPassword] = useState<{ email: string; password: string } | null>(null);
  const users = $api.useQuery('get', '/api/admin/users', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } });
  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / PAGE_SIZE)) : 1;
  return (
    <div className="adm-screen" data-testid="admin-users">
      <PageHeader title={t('users.title')} lead={t('users.lead')} />
      <UserFilters
        onSearch={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {password && <TemporaryPassword {...password} />}
      <Section title={t('users.table')} testId="users-section">
        <QueryState loading={users.isPending} error={users.error} retry={() => void users.refetch()} testId="users">
          {users.data && (
            <>
              <p className="adm-count" data-testid="users-count">
                {t('users.count', { count: users.data.total })}
              </p>
              <UsersTable users={users.data.items} onPassword={setPassword} />
              <Pagination page={page} pages={pages} onPage={setPage} testId="users-pages" />
            </>
          )}
        </QueryState>
      </Section>
      <Section title={t('create.title')} testId="user-create">
        <CreateUserForm onPassword={setPassword} />
      </Section>
    </div>
  );
}

function UserFilters({ onSearch }: { onSearch(filters: Filters): void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const form = useForm<Filters>({ defaultValues: { q: '', agencyCode: '' } });
  return (
    <Form
      form={form}
      label={t('users.filters')}
      submitLabel={tc('action.search')}
      className="adm-filters"
      testId="user-filters"
      onSubmit={async (values) => {
        onSearch({
          q: values.q || undefined,
          role: values.role || undefined,
          status: values.status || undefined,
          agencyCode: values.agencyCode || undefined,
        });
      }}
    >
      <TextField name="q" label={t('users.q')} maxLength={100} autoComplete="off" testId="users-q" />
      <SelectField
        name="role"
        label={t('users.role')}
        placeholder={t('users.any')}
        options={ALL.map((role) => ({ value: role, label: tc(`role.${role}`) }))}
        testId="users-role"
      />
      <SelectField
        name="status"
        label={t('users.status')}
        placeholder={t('users.any')}
        options={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        testId="users-status"
      />
      <TextField
        name="agencyCode"
        label={t('users.agency')}
        maxLength={40}
        pattern={{ value: AGENCY_CODE, code: 'VALIDATION.FORMAT' }}
        autoComplete="off"
        testId="users-agency"
      />
    </Form>
  );
}

/** Shown once, after a registration or a reset: the server keeps only its hash. */
function TemporaryPassword({ email, password }: { email: string; password: string }) {
  const { t } = useTranslation('admin');
  return (
    <Notice tone="warning" title={t('password.title')} testId="temporary-password" role="status">
      <p>{t('password.body', { email })}</p>
      <p>
        <code className="adm-password" data-testid="temporary-password-value">
          {password}
        </code>
      </p>
    </Notice>
  );
}

const StatusBadge = ({ status }: { status: User['status'] }) => {
  const { t } = useTranslation('admin');
  return <Badge tone={status === 'active' ? 'success' : status === 'disabled' ? 'danger' : 'warning'}>{t(`status.${status}`)}</Badge>;
};

function RoleList({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  return (
    <ul className="adm-roles">
      {user.roles.map((role) => (
        <li key={role}>
          {tc(`role.${role}`)}
          {role === user.role && user.roles.length > 1 && <span className="adm-primary"> {t('users.primary')}</span>}
        </li>
      ))}
    </ul>
  );
}

function UsersTable({ users, onPassword }: { users: User[]; onPassword(p: { email: string; password: string }): void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const refresh = useRefreshAdmin();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const { dialog, ask } = useConfirm(t('confirm.title'), t('confirm.go'), 'user-confirm');

  const run = async (user: User, action: RowAction) => {
    setOutcome(null);
    if (!(await ask(t(`confirm.${action}`, { name: user.name, email: user.email })))) return;
    const path = { params: { path: { id: user.id } } };
    try {
      if (action === 'reset') {
        const answer = await unwrap(api.POST('/api/admin/users/{id}/reset-password', path));
        onPassword({ email: user.email, password: answer.temporaryPassword });
      } else if (action === 'disable') await unwrap(api.POST('/api/admin/users/{id}/disable', path));
      else if (action === 'enable') await unwrap(api.POST('/api/admin/users/{id}/enable', path));
      else await unwrap(api.POST('/api/admin/users/{id}/unlock', path));
      await refresh();
      setOutcome({ kind: 'success', text: t(`done.${action}`, { name: user.name }) });
    } catch (error) {
      setOutcome({ kind: 'problem', problems: [asApiError(error)] });
    }
  };

  const actionButton = (user: User, action: RowAction | 'edit') => (
    <Button
      key={action}
      size="xsmall"
      variant={action === 'disable' ? 'danger' : 'tertiary'}
      aria-label={t('action.for', { name: user.name, action: t(`action.${action}`) })}
      onClick={() => (action === 'edit' ? setEditing(user) : void run(user, action))}
      testId={`user-${action}-${user.email}`}
    >
      {t(`action.${action}`)}
    </Button>
  );

  const columns: Column<User>[] = [
    { key: 'name', header: t('users.name'), rowHeader: true, render: (u) => <KoName>{u.name}</KoName> },
    { key: 'email', header: t('users.email') },
    { key: 'roles', header: t('users.roles'), render: (u) => <RoleList user={u} /> },
    { key: 'agencyCode', header: t('users.agency'), render: (u) => u.agencyCode ?? t('dash') },
    {
      key: 'status',
      header: t('users.status'),
      render: (u) => (
        <>
          <StatusBadge status={u.status} />
          {u.mustChangePassword && <span className="adm-note"> {t('users.mustChange')}</span>}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('users.actions'),
      render: (u) => (
        <div className="adm-actions">
          {actionButton(u, 'edit')}
          {u.id !== session?.user.id && actionButton(u, u.status === 'disabled' ? 'enable' : 'disable')}
          {actionButton(u, 'unlock')}
          {actionButton(u, 'reset')}
        </div>
      ),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('users.table')}
        columns={columns}
        rows={users}
        rowKey={(u) => u.id}
        narrow="scroll"
        empty={t('users.none')}
        testId="users-table"
        rowTestId={(u) => `user-row-${u.email}`}
      />
      <ActionStatus outcome={outcome} testId="users-action-status" />
      {dialog}
      {editing && (
        <EditUser
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setOutcome({ kind: 'success', text: t('done.saved', { name: user.name }) });
          }}
        />
      )}
    </>
  );
}

interface UserValues {
  name: string;
  email: string;
  roles: Role[];
  agencyCode: string;
}

/** The fields a user's roles and agency take, shared by registration and editing. */
function RoleAndAgencyFields({ roles }: { roles: Role[] }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  return (
    <>
      <ChoiceField
        name="roles"
        label={t('field.roles')}
        hint={t('form.rolesHint')}
        multiple
        required
        options={roles.map((role) => ({ value: role, label: tc(`role.${role}`) }))}
        testId="user-roles"
      />
      <TextField
        name="agencyCode"
        label={t('field.agencyCode')}
        hint={t('form.agencyHint')}
        maxLength={40}
        pattern={{ value: AGENCY_CODE, code: 'VALIDATION.FORMAT' }}
        validate={(value, values) =>
          !value && (values.roles as Role[] | undefined)?.some((role) => AGENCY_ROLES.includes(role))
            ? { code: 'VALIDATION.REQUIRED' }
            : null
        }
        autoComplete="off"
        testId="user-agency"
      />
    </>
  );
}

const agencyOf = (values: UserValues) => (values.roles.some((role) => AGENCY_ROLES.includes(role)) ? values.agencyCode || null : null);

function CreateUserForm({ onPassword }: { onPassword(p: { email: string; password: string }): void }) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAdmin();
  const form = useForm<UserValues>({ mode: 'onTouched', defaultValues: { name: '', email: '', roles: [], agencyCode: '' } });
  return (
    <Form
      form={form}
      label={t('create.title')}
      submitLabel={t('create.submit')}
      resetOnSuccess
      testId="user-form"
      success={(made: Schemas['AdminUserPasswordView']) => t('create.done', { name: made.user.name })}
      onSubmit={async (values) => {
        const made = await unwrap(
          api.POST('/api/admin/users', {
            body: {
              name: values.name,
              email: values.email,
              roles: values.roles as Schemas['CreateAdminUserDto']['roles'],
              agencyCode: agencyOf(values),
            },
          }),
        );
        onPassword({ email: made.user.email, password: made.temporaryPassword });
        await refresh();
        return made;
      }}
    >
      <TextField name="name" label={t('field.name')} required maxLength={50} autoComplete="off" testId="user-name" />
      <TextField
        name="email"
        type="email"
        label={t('field.email')}
        required
        maxLength={200}
        pattern={{ value: EMAIL, code: 'VALIDATION.EMAIL' }}
        autoComplete="off"
        testId="user-email"
      />
      <RoleAndAgencyFields roles={ASSIGNABLE} />
    </Form>
  );
}

function EditUser({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(user: User): void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const refresh = useRefreshAdmin();
  const form = useForm<UserValues>({
    mode: 'onTouched',
    defaultValues: { name: user.name, email: user.email, roles: user.roles, agencyCode: user.agencyCode ?? '' },
  });
  // Roles the screen cannot give stay choosable for a person who holds them already.
  const roles = [...ASSIGNABLE, ...user.roles.filter((role) => !ASSIGNABLE.includes(role))];
  return (
    <Modal open title={t('edit.title')} onClose={onClose} testId="user-edit">
      <Form
        form={form}
        label={t('edit.title')}
        submitLabel={tc('action.save')}
        testId="user-edit-form"
        onSubmit={async (values) => {
          const saved = await unwrap(
            api.PATCH('/api/admin/users/{id}', {
              params: { path: { id: user.id } },
              body: { name: values.name, roles: values.roles, agencyCode: agencyOf(values) },
            }),
          );
          await refresh();
          onSaved(saved);
          return saved;
        }}
      >
        <TextField name="name" label={t('field.name')} required maxLength={50} autoComplete="off" testId="user-edit-name" />
        <RoleAndAgencyFields roles={roles} />
      </Form>
    </Modal>
  );
}
