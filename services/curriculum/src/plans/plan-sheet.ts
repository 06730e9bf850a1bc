import { CURRICULUM_PATTERNS, EDUCATION_TYPES, ErrorCode, ErrorParams } from '@baeum/api';
import { COURSE_STATUSES, CourseStatus, DELIVERY_MODES, DeliveryMode } from '@baeum/contracts';
import { badTextCells, textProblemMessage } from '@baeum/documents';
import type { Cell } from '@baeum/documents';
import type { Category } from '../categories/category.entity';
import type { Course, EducationType } from '../courses/course.entity';
import { courseProblems } from '../courses/course-rules';

/**
 * The plan as a spreadsheet: one row per course with its catalog entry and its sessions and
 * trainees per quarter. The same layout is exported and imported, so a downloaded plan can be
 * edited in Excel and uploaded again.
 */

const QUARTER_COLUMNS = [1, 2, 3, 4].flatMap((q) => [
  { key: `q${q}Sessions`, ko: `${q}분기 횟수`, en: `Q${q} sessions` },
  { key: `q${q}Trainees`, ko: `${q}분기 인원`, en: `Q${q} trainees` },
]);

export const PLAN_COLUMNS = [
  { key: 'code', ko: '과정코드', en: 'Course code', required: true },
  { key: 'nameKo', ko: '과정명', en: 'Course name', required: true },
  { key: 'nameEn', ko: '영문 과정명', en: 'English name', required: false },
  { key: 'educationType', ko: '교육구분', en: 'Education type', required: true },
  { key: 'field', ko: '분야', en: 'Field', required: true },
  { key: 'subfield', ko: '세부분야', en: 'Subfield', required: false },
  { key: 'deliveryMode', ko: '교육방식', en: 'Delivery mode', required: true },
  { key: 'hours', ko: '교육시간', en: 'Hours', required: false },
  { key: 'budgetLineCode', ko: '예산사업코드', en: 'Budget line', required: false },
  { key: 'yearStatus', ko: '과정상태', en: 'Status', required: false },
  { key: 'replacesCode', ko: '대체 과정코드', en: 'Replaces course', required: false },
  ...QUARTER_COLUMNS.map((c) => ({ ...c, required: true })),
] as const;

type ColumnKey = (typeof PLAN_COLUMNS)[number]['key'];

export const EDUCATION_TYPE_NAMES: Record<EducationType, string> = { general: '일반교육', e_learning: 'e-러닝' };
export const DELIVERY_MODE_NAMES: Record<DeliveryMode, string> = {
  face_to_face: '대면',
  remote: '비대면',
  blended_cohort: '기수내 혼합',
  blended_course: '과정내 혼합',
  e_learning: 'e-러닝',
};
export const STATUS_NAMES: Record<CourseStatus, string> = { continued: '계속', new: '신설', improved: '개선', merged: '통합·대체' };

const normalise = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[·‧ㆍ・/_-]/g, '')
    .toLowerCase();

/** Finds a value by its Korean name, its code, or its English code, whatever the spacing. */
function lookup<T extends string>(names: Record<T, string>, text: string, aliases: Record<string, T> = {}): T | undefined {
  const wanted = normalise(text);
  for (const [code, name] of Object.entries(names) as [T, string][])
    if (normalise(code) === wanted || normalise(name) === wanted) return code;
  return aliases[wanted];
}

export interface PlanSheetLine {
  course: Pick<
    Course,
    | 'code'
    | 'nameKo'
    | 'nameEn'
    | 'educationType'
    | 'fieldCode'
    | 'subfieldCode'
    | 'deliveryMode'
    | 'hours'
    | 'budgetLineCode'
    | 'yearStatus'
  > & { replacesCode: string | null };
  sessions: number[];
  trainees: number[];
}

export function planSheetHeader(): string[] {
  return PLAN_COLUMNS.map((c) => c.ko);
}

/** A version's lines as rows of the sheet, after its header row. */
export function planSheetRows(lines: PlanSheetLine[], categories: Pick<Category, 'code' | 'nameKo'>[]): Cell[][] {
  const name = new Map(categories.map((c) => [c.code, c.nameKo]));
  return lines.map(({ course, sessions, trainees }) => [
    course.code,
    course.nameKo,
    course.nameEn,
    EDUCATION_TYPE_NAMES[course.educationType],
    name.get(course.fieldCode) ?? course.fieldCode,
    course.subfieldCode ? (name.get(course.subfieldCode) ?? course.subfieldCode) : '',
    DELIVERY_MODE_NAMES[course.deliveryMode],
    course.hours,
    course.budgetLineCode ?? '',
    STATUS_NAMES[course.yearStatus],
    course.replacesCode ?? '',
    ...[0, 1, 2, 3].flatMap((q) => [course.educationType === 'e_learning' ? '상시' : sessions[q], trainees[q]]),
  ]);
}

/** One problem of a row, coded: the column it concerns (by its key), the code and its parameters. */
export interface RowProblem {
  line: number;
  field?: string;
  code: ErrorCode;
  params?: ErrorParams;
}

export interface RowError {
  /** The line of the file (the header is line 1). */
  line: number;
  /** The reasons as text, "한국어 / English", one per problem. */
  messages: string[];
  problems: RowProblem[];
}

/** A row error of one problem. */
const rowError = (line: number, code: ErrorCode, message: string, params?: ErrorParams): RowError => ({
  line,
  messages: [message],
  problems: [{ line, code, ...(params ? { params } : {}) }],
});

export interface ImportContext {
  fiscalYear: number;
  categories: Pick<Category, 'code' | 'kind' | 'parentCode' | 'nameKo' | 'nameEn'>[];
  /** The year's courses by code, to tell new courses from changed ones. */
  existing: Map<string, Pick<Course, 'yearStatus' | 'replacesCourseId'>>;
  /** Earlier years' courses by code (the latest of each), for merged courses. */
  earlier: Map<string, Pick<Course, 'id' | 'fiscalYear'>>;
  /**
   * The budget lines a row may name (finance's chargeable lines of a year, as curriculum's replica
   * holds them); absent while finance has published no line at all, when no row can be judged.
   */
  budgetLines?: { fiscalYear: number; codes: ReadonlySet<string> };
}

export interface ParsedRow extends PlanSheetLine {
  line: number;
  replacesCourseId: string | null;
}

const MAX_ROWS = 5000;

/** The column of the sheet a catalog rule's field is read from. */
const COLUMN_OF_FIELD: Record<string, ColumnKey | undefined> = {
  fieldCode: 'field',
  subfieldCode: 'subfield',
  deliveryMode: 'deliveryMode',
  replacesCourseId: 'replacesCode',
  educationType: 'educationType',
};

/**
 * Reads the sheet and checks every row; returns either every row or every bad row with its line
 * and reasons ("한국어 / English"), never a part of the file.
 */
export function parsePlanSheet(rows: string[][], context: ImportContext): { rows: ParsedRow[] } | { errors: RowError[] } {
  const [header = [], ...body] = rows;
  const columnOf = new Map<ColumnKey, number>();
  header.forEach((text, index) => {
    const column = PLAN_COLUMNS.find(
      (c) =>
        normalise(c.ko) === normalise(text ?? '') ||
        normalise(c.en) === normalise(text ?? '') ||
        normalise(c.key) === normalise(text ?? ''),
    );
    if (column && !columnOf.has(column.key)) columnOf.set(column.key, index);
  });
  const missing = PLAN_COLUMNS.filter((c) => c.required && !columnOf.has(c.key));
  if (missing.length > 0) {
    return {
      errors: [
        rowError(
          1,
          'PLAN_IMPORT.MISSING_COLUMNS',
          `필수 열이 없습니다: ${missing.map((c) => c.ko).join(', ')} / missing columns: ${missing.map((c) => c.en).join(', ')}`,
          { columns: missing.map((c) => c.ko) },
        ),
      ],
    };
  }
  const filled = body.map((cells, i) => ({ cells, line: i + 2 })).filter(({ cells }) => cells.some((c) => (c ?? '').trim() !== ''));
  if (filled.length === 0) return { errors: [rowError(2, 'PLAN_IMPORT.NO_ROWS', '과정 행이 없습니다 / the file has no course rows')] };
  if (filled.length > MAX_ROWS)
    return {
      errors: [
        rowError(MAX_ROWS + 2, 'PLAN_IMPORT.TOO_MANY_ROWS', `한 번에 ${MAX_ROWS}행까지 받습니다 / at most ${MAX_ROWS} rows per file`, {
          max: MAX_ROWS,
        }),
      ],
    };

  const errors: RowError[] = [];
  const parsed: ParsedRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { cells, line } of filled) {
    const messages: string[] = [];
    const coded: RowProblem[] = [];
    const problem = (field: ColumnKey | undefined, code: ErrorCode, message: string, params?: ErrorParams) => {
      messages.push(message);
      coded.push({ line, ...(field ? { field } : {}), code, ...(params ? { params } : {}) });
    };
    const text = (key: ColumnKey) => (columnOf.has(key) ? (cells[columnOf.get(key)!] ?? '').trim() : '');
    // A NUL or bytes that were not UTF-8 cannot be stored as text: refused on their row, by their column.
    for (const { column, code } of badTextCells(cells)) {
      const key = [...columnOf].find(([, at]) => at === column)?.[0];
      problem(key, code, textProblemMessage(code, key ? (PLAN_COLUMNS.find((c) => c.key === key)?.ko ?? key) : `${column + 1}열`), {
        column: column + 1,
      });
    }
    const count = (key: ColumnKey, label: string, always = false): number => {
      const raw = text(key).replace(/,/g, '');
      if (raw === '' || (always && raw === '상시')) return 0;
      if (!/^\d{1,7}$/.test(raw)) {
        problem(key, 'VALIDATION.INTEGER', `${label}: 0 이상의 정수여야 합니다 / must be a whole number of 0 or more ("${text(key)}")`, {
          min: 0,
          value: text(key),
        });
        return 0;
      }
      return Number(raw);
    };

    const code = text('code').toUpperCase();
    if (!CURRICULUM_PATTERNS.courseCode.test(code))
      problem(
        'code',
        'VALIDATION.FORMAT',
        `과정코드 "${text('code')}": 영문 대문자·숫자·- 1~40자여야 합니다 / course code must be upper-case letters, digits and -`,
        { value: text('code') },
      );
    else if (firstLineOf.has(code))
      problem(
        'code',
        'PLAN_IMPORT.DUPLICATE_CODE',
        `과정코드 ${code}가 ${firstLineOf.get(code)}행과 중복됩니다 / course code ${code} repeats line ${firstLineOf.get(code)}`,
        { code, firstLine: firstLineOf.get(code)! },
      );
    else firstLineOf.set(code, line);
    const nameKo = text('nameKo');
    if (nameKo.length < 1 || nameKo.length > 200)
      problem('nameKo', 'VALIDATION.LENGTH', '과정명은 1~200자입니다 / the course name must be 1–200 characters', { min: 1, max: 200 });
    const nameEn = text('nameEn') || nameKo;
    const educationType = lookup(EDUCATION_TYPE_NAMES, text('educationType'), {
      일반: 'general',
      elearning: 'e_learning',
      e러닝: 'e_learning',
      이러닝: 'e_learning',
    });
    if (!educationType)
      problem(
        'educationType',
        'VALIDATION.ONE_OF',
        `교육구분 "${text('educationType')}": 일반교육 또는 e-러닝이어야 합니다 / education type must be 일반교육 or e-러닝`,
        { value: text('educationType'), values: [...EDUCATION_TYPES] },
      );
    const field = context.categories.find(
      (c) => c.kind === 'field' && [c.code, c.nameKo, c.nameEn].some((n) => normalise(n) === normalise(text('field'))),
    );
    if (!field)
      problem('field', 'COURSE.FIELD_UNKNOWN', `분야 "${text('field')}"가 분류체계에 없습니다 / no such field`, {
        fieldCode: text('field'),
      });
    const subfieldText = text('subfield');
    const subfield = subfieldText
      ? context.categories.find(
          (c) =>
            c.kind === 'subfield' &&
            c.parentCode === field?.code &&
            [c.code, c.nameKo, c.nameEn].some((n) => normalise(n) === normalise(subfieldText)),
        )
      : undefined;
    if (subfieldText && field && !subfield)
      problem(
        'subfield',
        'COURSE.SUBFIELD_UNKNOWN',
        `세부분야 "${subfieldText}"가 ${field.nameKo} 분야에 없습니다 / no such subfield in ${field.nameEn}`,
        { fieldCode: field.code, subfieldCode: subfieldText },
      );
    const deliveryMode = lookup(DELIVERY_MODE_NAMES, text('deliveryMode'), {
      실시간원격: 'remote',
      원격: 'remote',
      이러닝: 'e_learning',
      elearning: 'e_learning',
      혼합: 'blended_course',
    });
    if (!deliveryMode)
      problem(
        'deliveryMode',
        'VALIDATION.ONE_OF',
        `교육방식 "${text('deliveryMode')}": ${Object.values(DELIVERY_MODE_NAMES).join(', ')} 중 하나여야 합니다 / unknown delivery mode`,
        { value: text('deliveryMode'), values: [...DELIVERY_MODES] },
      );
    const hours = count('hours', '교육시간');
    const budgetLineCode = text('budgetLineCode').toUpperCase() || null;
    if (budgetLineCode && !CURRICULUM_PATTERNS.budgetLineCode.test(budgetLineCode))
      problem('budgetLineCode', 'VALIDATION.FORMAT', `예산사업코드 "${budgetLineCode}"가 올바르지 않습니다 / bad budget line code`, {
        value: budgetLineCode,
      });
    else if (budgetLineCode && context.budgetLines && !context.budgetLines.codes.has(budgetLineCode)) {
      const { fiscalYear } = context.budgetLines;
      problem(
        'budgetLineCode',
        'PLAN_IMPORT.BUDGET_LINE_UNKNOWN',
        `예산사업코드 ${budgetLineCode}가 ${fiscalYear}년도 예산에 없습니다 / no budget line ${budgetLineCode} in fiscal year ${fiscalYear}`,
        { budgetLineCode, fiscalYear },
      );
    }
    const statusText = text('yearStatus');
    const yearStatus = statusText
      ? lookup(STATUS_NAMES, statusText, { 통합: 'merged', 대체: 'merged', 통합대체: 'merged' })
      : (context.existing.get(code)?.yearStatus ?? 'new');
    if (!yearStatus || !COURSE_STATUSES.includes(yearStatus))
      problem(
        'yearStatus',
        'VALIDATION.ONE_OF',
        `과정상태 "${statusText}": 계속, 신설, 개선, 통합·대체 중 하나여야 합니다 / status must be continued, new, improved or merged`,
        { value: statusText, values: [...COURSE_STATUSES] },
      );
    const replacesCode = text('replacesCode').toUpperCase() || null;
    const replaced = replacesCode ? context.earlier.get(replacesCode) : undefined;
    if (replacesCode && !replaced)
      problem(
        'replacesCode',
        'PLAN_IMPORT.REPLACED_COURSE_UNKNOWN',
        `대체 과정코드 ${replacesCode}가 이전 연도에 없습니다 / no earlier course ${replacesCode}`,
        { code: replacesCode },
      );

    const eLearning = educationType === 'e_learning';
    const sessions = [1, 2, 3, 4].map((q) => count(`q${q}Sessions` as ColumnKey, `${q}분기 횟수`, eLearning));
    const trainees = [1, 2, 3, 4].map((q) => count(`q${q}Trainees` as ColumnKey, `${q}분기 인원`));
    if (eLearning && sessions.some((s) => s > 0))
      problem(
        `q${sessions.findIndex((s) => s > 0) + 1}Sessions` as ColumnKey,
        'PLAN.E_LEARNING_SESSIONS',
        'e-러닝은 상시 운영하므로 횟수를 적지 않습니다 / e-learning runs always: leave its sessions empty or 상시',
      );
    const emptyQuarter = trainees.findIndex((t, q) => t > 0 && sessions[q] === 0);
    if (!eLearning && emptyQuarter >= 0)
      problem(
        `q${emptyQuarter + 1}Sessions` as ColumnKey,
        'PLAN.TRAINEES_WITHOUT_SESSIONS',
        '교육인원이 있는 분기에는 횟수가 있어야 합니다 / a quarter with trainees needs sessions',
        { quarter: emptyQuarter + 1 },
      );

    if (educationType && field && deliveryMode && yearStatus) {
      for (const rule of courseProblems(
        {
          fiscalYear: context.fiscalYear,
          educationType,
          fieldCode: field.code,
          subfieldCode: subfield?.code ?? null,
          deliveryMode,
          yearStatus,
          replacesCourseId: replaced ? replaced.id : null,
        },
        context.categories,
        replaced ?? null,
      )) {
        if (!(rule.field === 'replacesCourseId' && replacesCode && !replaced))
          problem(COLUMN_OF_FIELD[rule.field], rule.code ?? 'VALIDATION.INVALID', (rule.messages ?? []).join('; '), rule.params);
      }
    }
    if (messages.length > 0) {
      errors.push({ line, messages, problems: coded });
      continue;
    }
    parsed.push({
      line,
      course: {
        code,
        nameKo,
        nameEn,
        educationType: educationType!,
        fieldCode: field!.code,
        subfieldCode: subfield?.code ?? null,
        deliveryMode: deliveryMode!,
        hours,
        budgetLineCode,
        yearStatus: yearStatus!,
        replacesCode,
      },
      replacesCourseId: replaced?.id ?? null,
      sessions,
      trainees,
    });
  }
  return errors.length > 0 ? { errors } : { rows: parsed };
}

/** The import template: the header and two example rows. */
export function planTemplateRows(): Cell[][] {
  return [
    planSheetHeader(),
    [
      'IT-AI-DOCS',
      'AI 활용 문서 자동화',
      'Document automation with AI',
      '일반교육',
      '직무역량',
      'IT',
      '대면',
      14,
      'ICT',
      '신설',
      '',
      1,
      25,
      2,
      50,
      1,
      25,
      0,
      0,
    ],
    [
      'EL-AI-ETHICS',
      '생성형 AI 윤리',
      'Generative AI ethics',
      'e-러닝',
      '직무역량',
      '공통',
      'e-러닝',
      3,
      'ELEARNING',
      '신설',
      '',
      '상시',
      500,
      '상시',
      500,
      '상시',
      500,
      '상시',
      500,
    ],
  ];
}
