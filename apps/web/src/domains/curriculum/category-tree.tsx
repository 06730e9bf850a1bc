import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, type Schemas, unwrap } from '../../api/client';
import { Button, type Column, DataTable, Form, Modal, NumberField, Section, SelectField, TextField, useLocalName } from '../../kit';
import { refreshPaths } from './cohort-data';
import { PATTERNS, useCurriculumT } from './shared';

type Category = Schemas['CategoryView'];
const CATEGORY_PATHS = ['/api/categories', '/api/plans/reports/summary'];

/**
 * 분류체계 관리: the fields and subfields under each education type, for planners — renamed and
 * reordered (a row's edit opens a small form), or added.
 */
export function CategoryTree({ categories }: { categories: Category[] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const [editing, setEditing] = useState<Category | null>(null);
  // Subfields right under their field, in each one's order.
  const fields = categories.filter((c) => c.kind === 'field').sort((a, b) => a.sortOrder - b.sortOrder);
  const ordered = fields.flatMap((f) => [
    f,
    ...categories.filter((c) => c.kind === 'subfield' && c.parentCode === f.code).sort((a, b) => a.sortOrder - b.sortOrder),
  ]);
  const orphans = categories.filter((c) => !ordered.includes(c));
  const columns: Column<Category>[] = [
    {
      key: 'name',
      header: t('categories.name'),
      rowHeader: true,
      render: (c) => <span className={c.kind === 'subfield' ? 'tree-child' : 'strong'}>{localName(c.nameKo, c.nameEn)}</span>,
    },
    { key: 'kind', header: t('categories.kind'), render: (c) => t(c.kind === 'field' ? 'col.field' : 'col.subfield') },
    {
      key: 'code',
      header: t('col.code'),
      render: (c) => <span className="code">{c.parentCode ? `${c.parentCode} › ${c.code}` : c.code}</span>,
    },
    { key: 'nameKo', header: t('course.nameKo'), render: (c) => c.nameKo },
    { key: 'nameEn', header: t('course.nameEn'), render: (c) => c.nameEn },
    { key: 'order', header: t('categories.order'), align: 'end', render: (c) => c.sortOrder },
    {
      key: 'actions',
      header: t('col.actions'),
      render: (c) => (
        <Button
          size="small"
          onClick={() => setEditing(c)}
          testId="category-edit"
          aria-label={t('categories.editOne', { name: localName(c.nameKo, c.nameEn) })}
        >
          {t('edit')}
        </Button>
      ),
    },
  ];
  return (
    <Section title={t('categories.title')} testId="category-tree">
      <p className="section-lead">{t('categories.lead')}</p>
      <details className="cur-more">
        <summary data-testid="category-tree-open">{t('categories.open', { count: categories.length })}</summary>
        <DataTable
          caption={t('categories.title')}
          columns={columns}
          rows={[...ordered, ...orphans]}
          rowKey={(c) => c.code}
          rowTestId="category-row"
          testId="category-table"
          narrow="scroll"
        />
        <h3 className="section-title">{t('categories.add')}</h3>
        <AddCategory fields={fields} />
      </details>
      <Modal
        open={editing !== null}
        title={editing ? t('categories.editOne', { name: localName(editing.nameKo, editing.nameEn) }) : ''}
        onClose={() => setEditing(null)}
        testId="category-modal"
      >
        {editing && <EditCategory category={editing} />}
      </Modal>
    </Section>
  );
}

function EditCategory({ category }: { category: Category }) {
  const t = useCurriculumT();
  const queryClient = useQueryClient();
  const form = useForm<{ nameKo?: string; nameEn?: string; sortOrder?: number }>({
    mode: 'onTouched',
    defaultValues: { nameKo: category.nameKo, nameEn: category.nameEn, sortOrder: category.sortOrder },
  });
  return (
    <Form
      form={form}
      testId="category-form"
      submitLabel={t('course.save')}
      success={() => t('course.saved')}
      onSubmit={async (v) => {
        await unwrap(
          api.PATCH('/api/categories/{code}', {
            params: { path: { code: category.code } },
            body: { nameKo: v.nameKo, nameEn: v.nameEn, sortOrder: v.sortOrder },
          }),
        );
        void refreshPaths(queryClient, CATEGORY_PATHS);
      }}
    >
      <TextField name="nameKo" label={t('course.nameKo')} required maxLength={100} testId="category-name-ko" />
      <TextField name="nameEn" label={t('course.nameEn')} required maxLength={100} testId="category-name-en" />
      <NumberField name="sortOrder" label={t('categories.order')} min={0} max={10000} testId="category-order" />
    </Form>
  );
}

function AddCategory({ fields }: { fields: Category[] }) {
  const t = useCurriculumT();
  const localName = useLocalName();
  const queryClient = useQueryClient();
  const form = useForm<{ code?: string; kind?: 'field' | 'subfield'; parentCode?: string; nameKo?: string; nameEn?: string }>({
    mode: 'onTouched',
    defaultValues: { kind: 'subfield', parentCode: '' },
  });
  const kind = form.watch('kind');
  return (
    <Form
      form={form}
      testId="category-new"
      label={t('categories.add')}
      submitLabel={t('categories.addSubmit')}
      resetOnSuccess
      success={() => t('categories.added')}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/categories', {
            body: {
              code: v.code!,
              kind: v.kind!,
              parentCode: v.kind === 'subfield' ? v.parentCode : undefined,
              nameKo: v.nameKo!,
              nameEn: v.nameEn!,
            },
          }),
        );
        void refreshPaths(queryClient, CATEGORY_PATHS);
      }}
    >
      <div className="form-grid">
        <SelectField
          name="kind"
          label={t('categories.kind')}
          required
          placeholder={false}
          options={[
            { value: 'subfield', label: t('col.subfield') },
            { value: 'field', label: t('col.field') },
          ]}
          testId="category-kind"
        />
        {kind === 'subfield' && (
          <SelectField
            name="parentCode"
            label={t('categories.parent')}
            required
            options={fields.map((f) => ({ value: f.code, label: localName(f.nameKo, f.nameEn) }))}
            testId="category-parent"
          />
        )}
        <TextField
          name="code"
          label={t('col.code')}
          hint={t('categories.codeHint')}
          required
          maxLength={40}
          pattern={{ value: PATTERNS.categoryCode, code: 'VALIDATION.FORMAT' }}
          testId="category-code"
        />
        <TextField name="nameKo" label={t('course.nameKo')} required maxLength={100} testId="category-name-ko-new" />
        <TextField name="nameEn" label={t('course.nameEn')} required maxLength={100} testId="category-name-en-new" />
      </div>
    </Form>
  );
}
