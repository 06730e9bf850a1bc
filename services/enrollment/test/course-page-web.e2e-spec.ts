import {
  ApiClient,
  eventually,
  newAppPage,
  overflowingElements,
  seriousAxeViolations,
  ServiceStack,
  settled,
  shoot,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
} from '@baeum/testing';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { day, PASSWORD } from './support';

/**
 * The trainee's side of the catalog (issue 13, item 5) in a real browser against the whole system:
 * a course found in the catalog by a word of its description only, its page (description, hours,
 * grades, instructors, the upcoming cohort with seats and the agency's quota left), and applying
 * from it with the catalog's button; in Korean and English, at a phone's width, axe clean. The
 * search also takes odd input (`%00`, `%`, `_`, quotes) without failing.
 */
let stack: ServiceStack;
let browser: Browser;
const FLOW_MS = 400_000;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack());
}, 300_000);

afterAll(() => stopWebStack(stack, browser));

async function openApp(email: string, options: { width?: number; lang?: 'ko' | 'en' } = {}) {
  const page = await newAppPage(browser, options);
  const watch = watchPage(page);
  await signInToApp(page, stack.gatewayUrl, email, PASSWORD);
  return { page, watch };
}

const go = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}/${path}`);

it(
  'finds a course by a word of its description, shows its page and applies from it, at a phone’s width, in Korean and English',
  async () => {
    // A word nobody else's course holds: this run's own.
    const word = `탐색어${randomBytes(3).toString('hex')}`;
    const planner = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'planner@seoul-hrd.example', PASSWORD);
    const manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
    const course = (await planner.get('/api/courses?fiscalYear=2022&q=IT-R-STATS')).body.find(
      (c: { code: string }) => c.code === 'IT-R-STATS',
    );
    const described = await planner.request('PATCH', `/api/courses/${course.id}`, {
      descriptionKo: `R로 행정 자료를 분석하는 실습입니다. ${word}`,
      descriptionEn: 'Hands-on analysis of administrative data with R.',
      targetGrades: [6, 7],
    });
    expect(described.status).toBe(200);
    const instructor = (await manager.get('/api/instructors')).body[0];
    const scheduled = await manager.post('/api/cohorts', {
      courseId: course.id,
      startDate: day(20),
      endDate: day(21),
      dailyStartTime: '09:00',
      dailyEndTime: '13:00',
      capacity: 20,
      estimatedCost: 1_000_000,
      instructorIds: [instructor.id],
      applicationOpens: day(0),
      applicationCloses: day(10),
      agencyQuotas: [{ agencyCode: 'MAPO-GU', seats: 5 }],
    });
    expect(scheduled.status).toBe(201);
    const cohortId: string = scheduled.body.id;

    // The search is safe with odd input: no 5xx, no error, nothing matched by a wildcard alone.
    const trainee = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    for (const q of ['%25', '_', "'", '%5C', '%22%3B--']) {
      const answer = await trainee.get(`/api/enrollment/catalog?q=${q}`);
      expect([q, answer.status]).toEqual([q, 200]);
    }
    // A NUL (%00) is refused as every input's control characters are: 400, naming the field, never a 5xx.
    for (const q of ['%00', `${encodeURIComponent(word)}%00`]) {
      const answer = await trainee.get(`/api/enrollment/catalog?q=${q}`);
      expect([answer.status, answer.body.errors?.[0]]).toMatchObject([400, { field: 'q', code: 'VALIDATION.CONTROL_CHARACTER' }]);
    }
    expect((await trainee.get('/api/enrollment/catalog?q=%25')).body.some((c: { cohortId: string }) => c.cohortId === cohortId)).toBe(
      false,
    );
    // The cohort reaches enrollment's catalog by events: found by the description's word alone.
    await eventually(
      async () =>
        (await trainee.get(`/api/enrollment/catalog?q=${encodeURIComponent(word)}`)).body.some(
          (c: { cohortId: string }) => c.cohortId === cohortId,
        ),
      { what: 'the cohort in the catalog, found by its description', timeoutMs: 120_000 },
    );

    // In the browser, at a phone's width: search, open the course's page from its row, apply.
    const { page, watch } = await openApp('trainee@seoul-hrd.example', { width: 360 });
    await go(page, 'course-apply');
    await settled(page);
    await page.getByTestId('catalog-search').fill(word);
    await page.getByTestId('catalog-filter-submit').click();
    const row = page.getByTestId(`cohort-${cohortId}`);
    await row.waitFor();
    expect(await page.getByTestId('catalog-table').locator('tbody tr').count()).toBe(1);
    await row.getByTestId('course-page-link').click();
    await page.getByTestId('course-description').filter({ hasText: word }).waitFor();
    await settled(page);
    const facts = (await page.getByTestId('course-facts').textContent()) ?? '';
    expect(facts).toContain('6급, 7급');
    expect(facts).toContain(`${course.hours}시간`);
    expect(await page.getByTestId('course-instructors').textContent()).toContain(instructor.name);
    const cohortRow = page.getByTestId(`cohort-${cohortId}`);
    await cohortRow.getByText('20 / 20').waitFor();
    await cohortRow.getByText('5석 남음 (배정 5석)').waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'course-page-phone.png');
    await cohortRow.getByTestId('apply-button').click();
    await cohortRow.getByTestId('apply-status').filter({ hasText: '수강이 확정되었습니다.' }).waitFor();
    await cohortRow.getByText('수강 확정').waitFor();
    await cohortRow.getByText('19 / 20').waitFor();
    await cohortRow.getByText('4석 남음 (배정 5석)').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.problems()).toEqual([]);
    await page.context().close();

    // In English, wide: the page in English but for the course's own Korean data.
    const { page: en, watch: enWatch } = await openApp('trainee@seoul-hrd.example', { lang: 'en' });
    await go(en, `course-apply/courses/${course.id}`);
    await en.getByTestId('course-description').filter({ hasText: 'Hands-on analysis of administrative data with R.' }).waitFor();
    await settled(en);
    expect(await en.getByTestId('course-facts').textContent()).toContain('grade 6, grade 7');
    await en.getByTestId(`cohort-${cohortId}`).getByText('4 of 5 left').waitFor();
    const me = ((await en.locator('.user-name').textContent()) ?? '').trim();
    const korean = (await untranslatedKorean(en)).filter((text) => text !== me);
    expect(korean).toEqual([]);
    expect(await seriousAxeViolations(en)).toEqual([]);
    expect(enWatch.problems()).toEqual([]);
    await en.context().close();

    // Staff read the page too, without an apply button.
    const { page: staff, watch: staffWatch } = await openApp('manager@seoul-hrd.example');
    await go(staff, `course-apply/courses/${course.id}`);
    await staff.getByTestId('course-description').filter({ hasText: word }).waitFor();
    await staff.getByTestId(`cohort-${cohortId}`).waitFor();
    expect(await staff.getByTestId('apply-button').count()).toBe(0);
    expect(staffWatch.problems()).toEqual([]);
    await staff.context().close();
  },
  FLOW_MS,
);
