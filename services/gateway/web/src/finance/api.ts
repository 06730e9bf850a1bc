import { downloadFile, request } from '../api';

/** The finance pages' calls to the gateway (/api/finance/*). Won amounts travel as integer strings. */

export interface Rate {
  value: number | null;
  printed: string;
}

export interface BookYear {
  fiscalYear: number;
  carriedFrom: number | null;
}

export interface BookRow {
  level: 'total' | 'subtotal' | 'program' | 'unit';
  code: string;
  nameKo: string;
  nameEn: string;
  depth: number;
  amount: string;
  committed: string;
  paid: string;
  remaining: string;
  planned: string;
  rate: Rate;
  control: Control | null;
  held: { count: number; amount: string } | null;
}

export type Control = 'stop' | 'warn' | 'ignore';

export interface LineSummary {
  code: string;
  kind: 'expenditure' | 'revenue';
  fiscalYear: number;
  nameKo: string;
  nameEn: string;
  noteKo: string | null;
  noteEn: string | null;
  control: Control;
  officerUserId: string | null;
  amount: string;
  committed: string;
  paid: string;
  collected: string;
  remaining: string;
  rate: Rate;
}

export interface Book {
  fiscalYear: number;
  carriedFrom: number | null;
  openedByName: string;
  rules: { mealLineCode: string | null; mealCostPerDay: string | null; feeRevenueLineCode: string | null };
  expenditure: BookRow[];
  revenue: LineSummary[];
}

export interface PlanRow {
  labelKo: string;
  labelEn: string;
  q1: string;
  q2: string;
  q3: string;
  q4: string;
  revisedByName?: string;
  revisedAt?: string;
  reason?: string;
}

export interface Commitment {
  id: string;
  cause: string;
  causeId: string | null;
  status: 'booked' | 'held' | 'withdrawn';
  amount: string;
  committed: string;
  paid: string;
  description: string;
  recordedAt: string;
  recordedByName: string;
  sourceEventType: string | null;
  /** In answers to a change: the line is now past its current budget amount. */
  lineExceeded?: boolean;
}

export interface SourceEvent {
  id: string;
  type: string;
  version: number;
  source: string;
  occurredAt: string;
  correlationId: string;
  payload: Record<string, unknown>;
}

export interface Entry {
  id: string;
  kind: string;
  measure: string;
  amount: string;
  bookedOn: string;
  recordedAt: string;
  recordedByName: string;
  reason: string;
  commitmentId: string | null;
  reversesEntryId: string | null;
  reversedBy: string | null;
  exceedsBudget: boolean;
  event: SourceEvent | null;
}

export interface Amendment {
  id: string;
  kind: string;
  amount: string;
  amountAfter: string;
  effectiveOn: string;
  reason: string;
  recordedByName: string;
  recordedAt: string;
}

export interface LineDetail {
  line: LineSummary;
  officerName: string | null;
  amendments: Amendment[];
  plan: PlanRow[];
  commitments: Commitment[];
  entries: Entry[];
  counts: { entries: number; commitments: number };
}

export interface Notice {
  id: string;
  kind: 'threshold' | 'held';
  thresholdPercent: number | null;
  amount: string;
  currentBudget: string;
  createdAt: string;
  budgetLineCode: string;
  fiscalYear: number;
  nameKo: string;
  nameEn: string;
}

export interface Officer {
  id: string;
  name: string;
  role: string;
}

export interface ReportRow {
  level: BookRow['level'];
  code: string;
  nameKo: string;
  nameEn: string;
  depth: number;
  printed: { previous: string; current: string; change: string; changeRate: string; executed: string; executionRate: string };
}

export interface ExecutionReport {
  fiscalYear: number;
  previousYear: number;
  asOf: string;
  headline: { expenditure: string; revenue: string };
  expenditure: { rows: ReportRow[]; notes: { code: string; ko: string; en: string }[] };
  revenue: { code: string; nameKo: string; nameEn: string; noteKo: string | null; noteEn: string | null; printed: { budgetMillion: string; budget: string; collected: string; collectionRate: string } }[];
  quarterly: { code: string; nameKo: string; nameEn: string; hasPlan: boolean; plan: string[]; actual: string[]; planTotal: string; actualTotal: string; againstPlan: Rate }[];
  quartersBegun: number;
  monthly: { month: number; executed: string | null; planned: string | null }[];
}

const lineBase = (fiscalYear: number, code: string) => `/api/finance/books/${fiscalYear}/lines/${encodeURIComponent(code)}`;

export const getYears = () => request<BookYear[]>('GET', '/api/finance/books');
export const openYear = (fiscalYear: number, copyFrom?: number) => request<Book>('POST', '/api/finance/books', { fiscalYear, ...(copyFrom ? { copyFrom } : {}) });
export const getBook = (fiscalYear: number) => request<Book>('GET', `/api/finance/books/${fiscalYear}`);
export const configureBook = (fiscalYear: number, rules: Record<string, unknown>) => request<Book>('PATCH', `/api/finance/books/${fiscalYear}`, rules);
export const getLine = (fiscalYear: number, code: string) => request<LineDetail>('GET', lineBase(fiscalYear, code));
export const configureLine = (fiscalYear: number, code: string, settings: Record<string, unknown>) => request<LineDetail>('PATCH', lineBase(fiscalYear, code), settings);
export const amend = (fiscalYear: number, code: string, body: Record<string, unknown>) => request<LineDetail>('POST', `${lineBase(fiscalYear, code)}/amendments`, body);
export const revisePlan = (fiscalYear: number, code: string, body: Record<string, unknown>) => request<LineDetail>('PUT', `${lineBase(fiscalYear, code)}/plan`, body);
export const commit = (fiscalYear: number, code: string, body: Record<string, unknown>) => request<Commitment>('POST', `${lineBase(fiscalYear, code)}/commitments`, body);
export const commitmentAction = (id: string, action: 'releases' | 'payments' | 'book', body: Record<string, unknown>) => request<Commitment>('POST', `/api/finance/commitments/${id}/${action}`, body);
export const reverseEntry = (id: string, reason: string) => request<unknown>('POST', `/api/finance/entries/${id}/reversal`, { reason });
export const getNotices = () => request<Notice[]>('GET', '/api/finance/notifications');
export const getOfficers = () => request<Officer[]>('GET', '/api/finance/officers');
export const getReport = (fiscalYear: number, asOf?: string) => request<ExecutionReport>('GET', `/api/finance/reports/execution?fiscalYear=${fiscalYear}${asOf ? `&asOf=${asOf}` : ''}`);
export const downloadReport = (fiscalYear: number, asOf: string, format: 'xlsx' | 'csv', table = 'expenditure') =>
  downloadFile(`/api/finance/reports/execution/export?fiscalYear=${fiscalYear}&asOf=${asOf}&format=${format}&table=${table}`, `execution-${fiscalYear}-${asOf}.${format}`);
