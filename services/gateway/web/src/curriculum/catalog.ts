import { User } from '../api';
import { h } from '../dom';
import { errorText, period } from '../format';
import { Key, localize, onLangChange, setText, t } from '../i18n';
import { api, CategoryView, CourseDetail, CourseView } from './api';
import { card, cell, clearErrors, dataTable, emptyRow, Field, field, fill, named, num, numCell, options, say, showErrors, status, txt } from './ui';

const MODES = ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'];
const STATUSES = ['continued', 'new', 'improved', 'merged'];
const EDITORS = ['admin', 'planner', 'course_manager'];
const PLANNERS = ['admin', 'planner'];

/** 과정 목록: browse, search and filter a year's catalog; `?course=<id>` shows one course in full. */
export function renderCatalog(main: HTMLElement, user: User, params: URLSearchParams): () => void {
  let disposed = false;
  let categories: CategoryView[] = [];
  const categoryName = (code: string | null) => {
    const c = categories.find((x) => x.code === code);
    return c ? named(c) : (code ?? '—');
  };
  const courseId = params.get('course');
  if (courseId) {
    void renderDetail(main, user, courseId, () => disposed, (list) => (categories = list), categoryName);
    return () => (disposed = true);
  }

  const listStatus = status('catalog-status');
  const year = h('select', { id: 'catalog-year' });
  const q = h('input', { type: 'search', id: 'catalog-q', placeholder: t('cur.catalog.searchHint') });
  const educationType = h('select', { id: 'catalog-type' });
  const fieldSelect = h('select', { id: 'catalog-field' });
  const subfield = h('select', { id: 'catalog-subfield' });
  const mode = h('select', { id: 'catalog-mode' });
  const yearStatus = h('select', { id: 'catalog-status' });
  const generated = h('select', { id: 'catalog-generated' });
  const filters: [HTMLInputElement | HTMLSelectElement, Key][] = [[year, 'cur.col.year'], [q, 'cur.catalog.search'], [educationType, 'cur.col.type'], [fieldSelect, 'cur.col.field'], [subfield, 'cur.col.subfield'], [mode, 'cur.form.mode'], [yearStatus, 'col.status'], [generated, 'cur.catalog.origin']];
  options(educationType, [{ value: 'general', label: () => t('cur.type.general') }, { value: 'e_learning', label: () => t('cur.type.e_learning') }], 'cur.all');
  options(mode, MODES.map((m) => ({ value: m, label: () => t(`cur.mode.${m}` as Key) })), 'cur.all');
  options(yearStatus, STATUSES.map((s) => ({ value: s, label: () => t(`cur.status.${s}` as Key) })), 'cur.all');
  options(generated, [{ value: 'false', label: () => t('cur.catalog.fromSource') }, { value: 'true', label: () => t('cur.generated') }], 'cur.all');

  const table = dataTable('cur.catalog.title', [
    { key: 'cur.col.code' }, { key: 'col.course' }, { key: 'cur.col.field' }, { key: 'cur.form.mode' }, { key: 'cur.col.hours', numeric: true }, { key: 'col.status' }, { key: 'form.budgetLine' },
  ], 'catalog-table');
  const count = h('p', { class: 'muted', role: 'status', 'data-testid': 'catalog-count' });
  let courses: CourseView[] = [];

  function renderRows(): void {
    setText(count, () => t('cur.catalog.count', { n: num(courses.length) }));
    if (courses.length === 0) {
      table.tbody.replaceChildren(emptyRow(7, 'cur.catalog.none'));
      return;
    }
    table.tbody.replaceChildren(...courses.map((c) => h('tr', { 'data-testid': 'catalog-row' },
      cell(h('span', { class: 'code' }, c.code)),
      h('td', {}, h('a', { href: `#/catalog?course=${c.id}`, class: 'strong' }, named(c)), c.generated ? txt('span', 'cur.generated', { class: 'badge generated', title: t('cur.generatedHint') }) : null),
      cell(`${categoryName(c.fieldCode)}${c.subfieldCode ? ` › ${categoryName(c.subfieldCode)}` : ''}`),
      cell(t(`cur.mode.${c.deliveryMode}` as Key)),
      numCell(c.hours),
      cell(txt('span', `cur.status.${c.yearStatus}` as Key, { class: 'badge' })),
      cell(h('span', { class: 'code' }, c.budgetLineCode ?? '—')),
    )));
  }

  async function search(): Promise<void> {
    say(listStatus, 'info', 'cohorts.loading');
    try {
      courses = await api.courses({ fiscalYear: year.value || undefined, q: q.value.trim() || undefined, educationType: educationType.value || undefined, fieldCode: fieldSelect.value || undefined, subfieldCode: subfield.value || undefined, deliveryMode: mode.value || undefined, yearStatus: yearStatus.value || undefined, generated: generated.value || undefined });
      if (disposed) return;
      say(listStatus, 'info', null);
      renderRows();
    } catch (e) {
      say(listStatus, 'error', () => errorText(e));
    }
  }

  const fillSubfields = () => options(subfield, categories.filter((c) => c.kind === 'subfield' && (!fieldSelect.value || c.parentCode === fieldSelect.value)).map((c) => ({ value: c.code, label: () => named(c) })), 'cur.all');
  fieldSelect.addEventListener('change', fillSubfields);
  const form = h('form', { class: 'grid filters', role: 'search', 'aria-label': t('cur.catalog.filters'), novalidate: true },
    ...filters.map(([input, key]) => h('div', { class: 'field' }, txt('label', key, { for: input.id }), input)),
    h('div', { class: 'actions' }, txt('button', 'cur.catalog.apply', { type: 'submit', class: 'primary', 'data-testid': 'catalog-search' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of [year, educationType, fieldSelect, subfield, mode, yearStatus, generated]) select.addEventListener('change', () => void search());

  const newCourse = EDITORS.includes(user.role) ? courseForm(null, () => categories, async () => search()) : null;
  const tree = PLANNERS.includes(user.role) ? h('details', { class: 'card' }, txt('summary', 'cur.categories.title', { class: 'strong' })) : null;
  fill(main,
    card('cur.catalog.title', 'catalog-title', txt('p', 'cur.catalog.intro', { class: 'muted' }), form, listStatus, count, table.region),
    newCourse ? h('details', { class: 'card' }, txt('summary', 'cur.course.new', { class: 'strong' }), newCourse) : null,
    tree,
  );
  const reloadCategories = async () => {
    categories = await api.categories();
    if (tree) tree.replaceChildren(tree.firstChild!, categoryEditor(categories, reloadCategories));
  };
  const stop = onLangChange(renderRows);

  Promise.all([api.categories(), api.courseYears()])
    .then(([list, years]) => {
      if (disposed) return;
      categories = list;
      if (tree) tree.append(categoryEditor(categories, reloadCategories));
      options(fieldSelect, categories.filter((c) => c.kind === 'field').map((c) => ({ value: c.code, label: () => named(c) })), 'cur.all');
      fillSubfields();
      options(year, years.map((y) => ({ value: String(y), label: () => String(y) })));
      return search();
    })
    .catch((e) => say(listStatus, 'error', () => errorText(e)));
  return () => {
    disposed = true;
    stop();
  };
}

/** A course in full: its catalog entry, where it comes from, its plan lines by version and its cohorts. */
async function renderDetail(main: HTMLElement, user: User, id: string, disposed: () => boolean, setCategories: (c: CategoryView[]) => void, categoryName: (code: string | null) => string): Promise<void> {
  const back = txt('a', 'cur.catalog.back', { href: '#/catalog' });
  const detailStatus = status('course-status');
  main.replaceChildren(back, detailStatus);
  try {
    const [course, categories] = await Promise.all([api.course(id), api.categories()]);
    if (disposed()) return;
    setCategories(categories);
    const dl = h('dl', { class: 'facts', 'data-testid': 'course-facts' });
    const fact = (key: Key, value: string | Node) => dl.append(txt('dt', key), h('dd', {}, value));
    fact('cur.col.code', course.code);
    fact('cur.col.year', String(course.fiscalYear));
    fact('cur.col.type', t(course.educationType === 'general' ? 'cur.type.general' : 'cur.type.e_learning'));
    fact('cur.col.field', `${categoryName(course.fieldCode)}${course.subfieldCode ? ` › ${categoryName(course.subfieldCode)}` : ''}`);
    fact('cur.form.mode', t(`cur.mode.${course.deliveryMode}` as Key));
    fact('cur.col.hours', t('cur.hours', { n: course.hours }));
    fact('cur.course.targets', [...course.targetGrades.map((g) => t('cur.grade', { g })), ...course.targetPositions].join(', ') || t('cur.all'));
    fact('cur.course.otherProvinces', t(course.openToOtherProvinces ? 'cur.yes' : 'cur.no'));
    fact('col.status', t(`cur.status.${course.yearStatus}` as Key));
    if (course.replaces) fact('cur.course.replaces', h('a', { href: `#/catalog?course=${course.replaces.id}` }, `${course.replaces.fiscalYear} ${named(course.replaces)} (${course.replaces.code})`));
    if (course.replacedBy.length) fact('cur.course.replacedBy', h('span', {}, ...course.replacedBy.map((r) => h('a', { href: `#/catalog?course=${r.id}` }, `${r.fiscalYear} ${named(r)} `))));
    fact('form.budgetLine', course.budgetLineCode ?? '—');
    fact('cur.course.completion', t(course.completionRequiresAssessment ? 'cur.course.completionWithAssessment' : 'cur.course.completionRule', { p: course.completionMinAttendancePercent }));
    if (course.sourceNote) fact('cur.course.source', localize(course.sourceNote));

    const plans = dataTable('cur.course.plans', [{ key: 'cur.col.version' }, ...[1, 2, 3, 4].map((q) => ({ key: () => t('cur.col.quarter', { q }), numeric: true })), { key: 'cur.total', numeric: true }], 'course-plans');
    const pair = (s: number, n: number) => (course.educationType === 'e_learning' ? `${t('cur.alwaysOpen')} · ${num(n)}` : t('cur.sessionsTrainees', { s: num(s), n: num(n) }));
    plans.tbody.replaceChildren(...(course.plans.length === 0 ? [emptyRow(6, 'cur.course.noPlans')] : course.plans.map((p) => h('tr', {},
      cell(p.labelKo), ...[0, 1, 2, 3].map((q) => numCell(pair(p.sessions[q], p.trainees[q]))), numCell(pair(p.sessions.reduce((a, b) => a + b, 0), p.trainees.reduce((a, b) => a + b, 0)))))));
    const cohorts = dataTable('cur.course.cohorts', [{ key: 'cur.col.cohort' }, { key: 'col.period' }, { key: 'cur.col.room' }, { key: 'col.capacity', numeric: true }, { key: 'col.status' }], 'course-cohorts');
    cohorts.tbody.replaceChildren(...(course.cohorts.length === 0 ? [emptyRow(5, 'cohorts.empty')] : course.cohorts.map((c) => h('tr', {},
      cell(t('cur.cohortNo', { n: c.cohortNo })), cell(`${period(c.startDate, c.endDate)} ${c.dailyStartTime}–${c.dailyEndTime}`), cell(c.roomNameKo ?? '—'), numCell(c.capacity), cell(t(`status.${c.status}` as Key))))));

    const title = h('h1', { id: 'course-title' }, named(course), course.generated ? txt('span', 'cur.generated', { class: 'badge generated', title: t('cur.generatedHint') }) : null);
    fill(main,
      back,
      h('section', { class: 'card', 'aria-labelledby': 'course-title' }, title, dl),
      card('cur.course.plans', 'course-plans-title', plans.region),
      card('cur.course.cohorts', 'course-cohorts-title', cohorts.region, EDITORS.includes(user.role) ? txt('a', 'cur.course.schedule', { href: '#/cohorts' }) : null),
      EDITORS.includes(user.role) ? h('details', { class: 'card' }, txt('summary', 'cur.course.edit', { class: 'strong' }), courseForm(course, () => categories, async () => renderDetail(main, user, id, disposed, setCategories, categoryName))) : null,
      detailStatus,
    );
  } catch (e) {
    say(detailStatus, 'error', () => errorText(e));
  }
}

/** Adds a course to a year's catalog, or edits one. */
function courseForm(course: CourseDetail | null, categories: () => CategoryView[], saved: () => Promise<void>): HTMLElement {
  const formStatus = status('course-form-status');
  const prefix = course ? 'course-edit' : 'course-new';
  const input = (type: string) => h('input', { type });
  const select = (key: string) => fields[key].input as HTMLSelectElement;
  const fields: Record<string, Field> = {
    ...(course ? {} : { fiscalYear: field(`${prefix}-year`, 'cur.col.year', input('number')), code: field(`${prefix}-code`, 'cur.col.code', input('text')) }),
    nameKo: field(`${prefix}-name-ko`, 'cur.course.nameKo', input('text')),
    nameEn: field(`${prefix}-name-en`, 'cur.course.nameEn', input('text')),
    educationType: field(`${prefix}-type`, 'cur.col.type', h('select')),
    fieldCode: field(`${prefix}-field`, 'cur.col.field', h('select')),
    subfieldCode: field(`${prefix}-subfield`, 'cur.col.subfield', h('select')),
    deliveryMode: field(`${prefix}-mode`, 'cur.form.mode', h('select')),
    hours: field(`${prefix}-hours`, 'cur.col.hours', input('number')),
    budgetLineCode: field(`${prefix}-budget-line`, 'form.budgetLine', input('text')),
    yearStatus: field(`${prefix}-status`, 'col.status', h('select')),
    targetGrades: field(`${prefix}-grades`, 'cur.course.targetGrades', input('text'), 'cur.commaHint'),
    openToOtherProvinces: field(`${prefix}-other-provinces`, 'cur.course.otherProvinces', h('select')),
    completionMinAttendancePercent: field(`${prefix}-completion`, 'cur.course.minAttendance', input('number')),
  };
  options(select('openToOtherProvinces'), [{ value: 'false', label: () => t('cur.no') }, { value: 'true', label: () => t('cur.yes') }]);
  options(select('educationType'), [{ value: 'general', label: () => t('cur.type.general') }, { value: 'e_learning', label: () => t('cur.type.e_learning') }]);
  options(select('deliveryMode'), MODES.map((m) => ({ value: m, label: () => t(`cur.mode.${m}` as Key) })));
  options(select('yearStatus'), STATUSES.map((s) => ({ value: s, label: () => t(`cur.status.${s}` as Key) })));
  const fillFields = () => {
    options(select('fieldCode'), categories().filter((c) => c.kind === 'field').map((c) => ({ value: c.code, label: () => named(c) })));
    options(select('subfieldCode'), categories().filter((c) => c.kind === 'subfield' && c.parentCode === select('fieldCode').value).map((c) => ({ value: c.code, label: () => named(c) })), 'cur.none');
  };
  select('fieldCode').addEventListener('change', () => fillFields());
  fillFields();
  if (course) {
    for (const key of ['nameKo', 'nameEn', 'educationType', 'fieldCode', 'deliveryMode', 'hours', 'budgetLineCode', 'yearStatus', 'openToOtherProvinces', 'completionMinAttendancePercent'] as const) fields[key].input.value = String(course[key] ?? '');
    fields.targetGrades.input.value = course.targetGrades.join(', ');
    fillFields();
    select('subfieldCode').value = course.subfieldCode ?? '';
  }
  const submit = txt('button', course ? 'cur.course.save' : 'cur.course.add', { type: 'submit', class: 'primary' });
  const form = h('form', { class: 'grid', novalidate: true }, ...Object.values(fields).map((f) => f.wrap), h('div', { class: 'actions' }, submit, formStatus));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    const value = (key: string) => fields[key]?.input.value.trim();
    const body: Record<string, unknown> = {
      nameKo: value('nameKo'),
      nameEn: value('nameEn'),
      educationType: value('educationType'),
      fieldCode: value('fieldCode'),
      subfieldCode: value('subfieldCode') || undefined,
      deliveryMode: value('deliveryMode'),
      hours: Number(value('hours') || 0),
      budgetLineCode: value('budgetLineCode') || undefined,
      yearStatus: value('yearStatus'),
      targetGrades: value('targetGrades').split(',').map((g) => g.trim()).filter(Boolean).map(Number),
      openToOtherProvinces: value('openToOtherProvinces') === 'true',
      completionMinAttendancePercent: value('completionMinAttendancePercent') ? Number(value('completionMinAttendancePercent')) : undefined,
    };
    try {
      if (course) await api.updateCourse(course.id, body);
      else await api.createCourse({ ...body, fiscalYear: Number(value('fiscalYear')), code: value('code').toUpperCase() });
      say(formStatus, 'success', 'cur.course.saved');
      await saved();
    } catch (e) {
      say(formStatus, 'error', () => showErrors(fields, e));
    }
  });
  return form;
}

/** The tenant's category tree: rename and reorder fields and subfields, and add new ones. */
function categoryEditor(categories: CategoryView[], reload: () => Promise<void>): HTMLElement {
  const editStatus = status('category-status');
  const table = dataTable('cur.categories.title', [{ key: 'cur.categories.kind' }, { key: 'cur.col.code' }, { key: 'cur.course.nameKo' }, { key: 'cur.course.nameEn' }, { key: 'cur.categories.order', numeric: true }, { key: 'cur.col.actions' }], 'category-table');
  table.tbody.replaceChildren(...categories.map((c) => {
    const inputs = {
      nameKo: h('input', { type: 'text', value: c.nameKo, 'aria-label': `${c.code} ${t('cur.course.nameKo')}` }),
      nameEn: h('input', { type: 'text', value: c.nameEn, 'aria-label': `${c.code} ${t('cur.course.nameEn')}` }),
      sortOrder: h('input', { type: 'number', value: String(c.sortOrder), 'aria-label': `${c.code} ${t('cur.categories.order')}` }),
    };
    const save = txt('button', 'cur.course.save', { type: 'button', class: 'secondary' });
    save.addEventListener('click', async () => {
      try {
        await api.updateCategory(c.code, { nameKo: inputs.nameKo.value.trim(), nameEn: inputs.nameEn.value.trim(), sortOrder: Number(inputs.sortOrder.value) });
        say(editStatus, 'success', 'cur.course.saved');
        await reload();
      } catch (e) {
        say(editStatus, 'error', () => errorText(e));
      }
    });
    return h('tr', {}, cell(t(c.kind === 'field' ? 'cur.col.field' : 'cur.col.subfield')), cell(h('span', { class: 'code' }, c.parentCode ? `${c.parentCode} › ${c.code}` : c.code)), h('td', {}, inputs.nameKo), h('td', {}, inputs.nameEn), h('td', {}, inputs.sortOrder), h('td', {}, save));
  }));
  const fields: Record<string, Field> = {
    code: field('category-code', 'cur.col.code', h('input', { type: 'text', placeholder: 'digital_transformation' })),
    kind: field('category-kind', 'cur.categories.kind', h('select')),
    parentCode: field('category-parent', 'cur.col.field', h('select')),
    nameKo: field('category-name-ko', 'cur.course.nameKo', h('input', { type: 'text' })),
    nameEn: field('category-name-en', 'cur.course.nameEn', h('input', { type: 'text' })),
  };
  options(fields.kind.input as HTMLSelectElement, [{ value: 'subfield', label: () => t('cur.col.subfield') }, { value: 'field', label: () => t('cur.col.field') }]);
  options(fields.parentCode.input as HTMLSelectElement, categories.filter((c) => c.kind === 'field').map((c) => ({ value: c.code, label: () => named(c) })));
  const add = h('form', { class: 'grid', novalidate: true }, ...Object.values(fields).map((f) => f.wrap), h('div', { class: 'actions' }, txt('button', 'cur.add', { type: 'submit', class: 'primary' })));
  add.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    const v = (k: string) => fields[k].input.value.trim();
    try {
      await api.createCategory({ code: v('code'), kind: v('kind'), parentCode: v('kind') === 'subfield' ? v('parentCode') : undefined, nameKo: v('nameKo'), nameEn: v('nameEn') });
      say(editStatus, 'success', 'cur.added');
      await reload();
    } catch (e) {
      say(editStatus, 'error', () => showErrors(fields, e));
    }
  });
  return h('div', { class: 'stack' }, txt('p', 'cur.categories.intro', { class: 'muted' }), editStatus, table.region, txt('h3', 'cur.categories.add'), add);
}
