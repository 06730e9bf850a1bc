import './spec-polyfills';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { sessionStore } from '../../api/session';
import { setLanguage } from '../../i18n/i18n';
import CoursePageScreen from './course-page-screen';

const COURSE = 'c0a00000-0000-4000-8000-000000000901';
const OPEN = '0c000000-0000-4000-8000-000000000001';
const LATER = '0c000000-0000-4000-8000-000000000002';

const catalogRow = {
  cohortId: OPEN,
  hostTenantId: 't1',
  hostTenant: { id: 't1', nameKo: '세종', nameEn: 'Sejong' },
  courseId: COURSE,
  courseNameKo: '육아 친화형 AI 연수',
  courseNameEn: 'Childcare-friendly AI training',
  courseCode: 'AI-CHILDCARE',
  startDate: '2027-03-02',
  endDate: '2027-03-04',
  dailyStartTime: '09:00',
  dailyEndTime: '13:00',
  free: 7,
  capacity: 30,
  waitlisted: 0,
  myAgencyQuota: { seats: 5, confirmed: 2 },
  myApplication: null,
} as unknown as Schemas['HostedCatalogCohortView'];

const cohort = (id: string, no: number, catalog: Schemas['HostedCatalogCohortView'] | null) => ({
  id,
  cohortNo: no,
  startDate: no === 1 ? '2027-03-02' : '2027-06-01',
  endDate: no === 1 ? '2027-03-04' : '2027-06-03',
  dailyStartTime: '09:00',
  dailyEndTime: '13:00',
  deliveryMode: 'face_to_face' as const,
  capacity: 30,
  roomNameKo: '창의관 전산실 1',
  roomNameEn: 'Computer room 1',
  instructors: [{ id: 'i1', name: '김민수' }],
  applicationOpens: '2027-01-04',
  applicationCloses: no === 1 ? '2027-02-20' : '2027-05-20',
  catalog,
});

const page = {
  id: COURSE,
  hostTenantId: 't1',
  hostTenant: { id: 't1', nameKo: '세종', nameEn: 'Sejong' },
  fiscalYear: 2027,
  code: 'AI-CHILDCARE',
  nameKo: '육아 친화형 AI 연수',
  nameEn: 'Childcare-friendly AI training',
  descriptionKo: '생성형 인공지능으로 문서 작업을 줄이는 실습',
  descriptionEn: 'Practice cutting document work with generative AI',
  educationType: 'general',
  deliveryMode: 'face_to_face',
  hours: 15,
  targetGrades: [6, 7],
  targetPositions: [],
  openToOtherProvinces: false,
  completionMinAttendancePercent: 80,
  completionRequiresAssessment: false,
  plannedSessions: 4,
  instructors: [{ id: 'i1', name: '김민수', kind: 'external', affiliation: 'AI 연구소' }],
  cohorts: [cohort(OPEN, 1, catalogRow), cohort(LATER, 2, null)],
} as unknown as Schemas['CatalogCoursePageView'];

function renderPage(role: 'trainee' | 'course_manager') {
  act(() => {
    sessionStore.start({
      accessToken: 'x',
      expiresIn: 600,
      user: { id: 'u1', tenantId: 't1', role, name: '김서울', email: 'k@example.com', agencyCode: 'MAPO-GU' } as never,
    });
  });
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(['get', '/api/enrollment/catalog/courses/{courseId}', { params: { path: { courseId: COURSE } } }], page);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/course-apply/courses/${COURSE}`]}>
        <Routes>
          <Route path="/course-apply/courses/:courseId" element={<CoursePageScreen />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => act(() => setLanguage('ko')));
afterEach(() => {
  jest.restoreAllMocks();
  act(() => sessionStore.clear());
});

describe('the course page (issue 13, item 5)', () => {
  it('shows the description, hours, planned sessions, grades, instructors and the cohorts with seats and quota left', async () => {
    renderPage('trainee');
    expect((await screen.findByTestId('course-description')).textContent).toBe('생성형 인공지능으로 문서 작업을 줄이는 실습');
    const facts = screen.getByTestId('course-facts').textContent;
    for (const fact of ['15시간', '4회', '6급, 7급', '출석률 80% 이상']) expect(facts).toContain(fact);
    expect(screen.getByTestId('course-instructors').textContent).toContain('김민수 · 외부 강사 · AI 연구소');
    const open = screen.getByTestId(`cohort-${OPEN}`);
    expect(within(open).getByTestId('seats-left').textContent).toBe('7 / 30');
    expect(open.textContent).toContain('3석 남음 (배정 5석)');
    const later = screen.getByTestId(`cohort-${LATER}`);
    expect(later.textContent).toContain('신청 기간이 아닙니다');
    expect(within(later).queryByTestId('apply-button')).toBeNull();
    act(() => setLanguage('en'));
    expect(screen.getByTestId('course-description').textContent).toBe('Practice cutting document work with generative AI');
    expect(screen.getByTestId('course-facts').textContent).toContain('grade 6, grade 7');
    expect(screen.getByTestId(`cohort-${OPEN}`).textContent).toContain('3 of 5 left');
  });

  it("applies with the catalog's button and says the outcome in the cohort's row", async () => {
    const post = jest
      .spyOn(api, 'POST')
      .mockResolvedValue({ data: { id: 'a1', status: 'confirmed' }, error: undefined, response: { ok: true, status: 201 } } as never);
    // The page is read again after applying: the server then names the application.
    const applied = {
      ...page,
      cohorts: [cohort(OPEN, 1, { ...catalogRow, myApplication: { id: 'a1', status: 'confirmed' } }), page.cohorts[1]],
    };
    jest
      .spyOn(api, 'GET')
      .mockResolvedValue({ data: applied, error: undefined, response: { ok: true, status: 200, headers: { get: () => null } } } as never);
    renderPage('trainee');
    const open = await screen.findByTestId(`cohort-${OPEN}`);
    await userEvent.click(within(open).getByTestId('apply-button'));
    expect(post).toHaveBeenCalledWith('/api/enrollment/applications', { body: { cohortId: OPEN } });
    await waitFor(
      () => expect(within(screen.getByTestId(`cohort-${OPEN}`)).getByTestId('apply-status').textContent).toContain('수강이 확정되었습니다'),
      { timeout: 15_000 },
    );
    expect(within(screen.getByTestId(`cohort-${OPEN}`)).getByTestId('my-status').textContent).toBe('수강 확정');
  });

  it('shows staff the page without an apply button', async () => {
    renderPage('course_manager');
    const open = await screen.findByTestId(`cohort-${OPEN}`);
    expect(within(open).queryByTestId('apply-button')).toBeNull();
    expect(open.textContent).toContain('신청 받는 중');
  });
});
