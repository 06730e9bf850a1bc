import {
  ApiClient,
  newAppPage,
  overflowingElements,
  settled,
  shoot,
  seriousAxeViolations,
  ServiceStack,
  signInToApp,
  startWebStack,
  stopWebStack,
  untranslatedKorean,
  watchPage,
} from '@baeum/testing';
import type { Browser, Page } from 'playwright-core';
import { applicantClient, applyAndPay, PASSWORD, WEBHOOK_SECRET } from './helpers';

/**
 * The exam officer's screens of the web app (apps/web) in a real browser against the whole system:
 * a round announced through the form (finding 1: a title too long is refused in Korean beside 시험명),
 * a position added, the applicants seen, exam numbers given, a score file uploaded only once the
 * officer confirms it (finding 12), the pass mark set and the written results published; then every
 * tab of the season for console errors, failed calls and axe, and in English for Korean left over.
 */
const OFFICER = 'exam@seoul-hrd.example';
const WAIT = { timeout: 60_000 };
/** Each run its own round: another run's exam (or another person's test) never collides with this one. */
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const YEAR = 2040 + Math.floor(Math.random() * 60);
const ROUND = 1 + Math.floor(Math.random() * 99);
const TITLE_KO = `${YEAR}년도 제${ROUND}회 공개경쟁 (화면 시험 ${RUN})`;
const TABS = ['overview', 'positions', 'applicants', 'venues', 'scores', 'interviews', 'results', 'downloads'] as const;

let stack: ServiceStack;
let browser: Browser;
let officer: ApiClient;
let examId: string;

beforeAll(async () => {
  ({ stack, browser } = await startWebStack({ examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET } }));
  officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', OFFICER, PASSWORD);
}, 600_000);

afterAll(() => stopWebStack(stack, browser));

async function signedIn(options: { width?: number; lang?: 'ko' | 'en' } = {}): Promise<Page> {
  const page = await newAppPage(browser, { ...options, acceptDownloads: true });
  await signInToApp(page, stack.gatewayUrl, OFFICER, PASSWORD);
  return page;
}

const open = (page: Page, path: string) => page.goto(`${stack.gatewayUrl}${path}`);

/** A moment as Seoul's date and time boxes show it. */
function seoul(ms: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Seoul',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

describe('the exam officer’s season (시험 관리)', () => {
  it(
    'announces a round, adds a position, sees the applicants, ' + 'uploads scores after confirming, sets the pass mark and publishes',
    async () => {
      const page = await signedIn();
      const watch = watchPage(page);
      await open(page, '/exam-officer');
      await page.getByTestId('exam-new').waitFor(WAIT);
      const now = Date.now();
      const day = 86_400_000;
      const fill = async (testId: string, value: string) => page.getByTestId(testId).fill(value);
      await fill('exam-form-year', String(YEAR));
      await fill('exam-form-round', String(ROUND));
      await fill('exam-form-title-ko', '가'.repeat(201));
      await fill('exam-form-title-en', `Screen test ${RUN}`);
      await fill('exam-form-announced', seoul(now - 7 * day).date);
      await fill('exam-form-opens', seoul(now - 3_600_000).date);
      await fill('exam-form-opens-time', seoul(now - 3_600_000).time);
      await fill('exam-form-closes', seoul(now + 3 * 3_600_000).date);
      await fill('exam-form-closes-time', seoul(now + 3 * 3_600_000).time);
      await fill('exam-form-cancel', seoul(now + 4 * 3_600_000).date);
      await fill('exam-form-cancel-time', seoul(now + 4 * 3_600_000).time);
      await fill('exam-form-written', seoul(now + 40 * day).date);
      await fill('exam-form-interview-start', seoul(now + 70 * day).date);
      await fill('exam-form-interview-end', seoul(now + 72 * day).date);
      await fill('exam-form-result', seoul(now + 80 * day).date);
      await fill('exam-form-selection', '2');

      // Finding 1: the server refuses the title, in Korean, beside 시험명.
      watch.expect(400, '/api/exam/exams');
      await page.getByTestId('exam-new-submit').click();
      const titleError = page.getByTestId('exam-form-title-ko-error');
      await titleError.waitFor(WAIT);
      expect(await titleError.textContent()).toBe('200자 이하로 입력하세요.');
      await shoot(page, 'web-exam-officer-title-error.png');

      await fill('exam-form-title-ko', TITLE_KO);
      await page.getByTestId('exam-new-submit').click();
      await page.waitForURL(/\/exam-officer\/[0-9a-f-]{36}\?tab=positions/, WAIT);
      examId = /exam-officer\/([0-9a-f-]{36})/.exec(page.url())![1];
      await page.getByTestId('page-title').filter({ hasText: TITLE_KO }).waitFor(WAIT);

      // A position (모집단위).
      await fill('exam-position-series', 'general_admin');
      await fill('exam-position-series-ko', '일반행정');
      await fill('exam-position-grade', '9');
      await fill('exam-position-openings', '1');
      await page.getByTestId('exam-position-form-submit').click();
      await page.getByTestId('exam-position-form-status').getByRole('status').filter({ hasText: '모집단위를 추가했습니다' }).waitFor(WAIT);
      await page.getByTestId('exam-position-row').filter({ hasText: '일반행정 9급' }).waitFor(WAIT);

      // Three applicants apply and pay (the applicants' own screens are tested elsewhere).
      const exam = await officer.get(`/api/exam/exams/${examId}`);
      const positionId = exam.body.positions[0].id as string;
      for (const name of ['김가람', '이나래', '박다온'])
        await applyAndPay(applicantClient(stack.gatewayUrl), examId, positionId, { nameKo: name });
      await page.getByTestId('exam-tab-applicants').click();
      await page.getByTestId('exam-applicant-row').filter({ hasText: '박다온' }).waitFor(WAIT);
      expect(await page.getByTestId('exam-applicant-row').count()).toBe(3);
      await shoot(page, 'web-exam-officer-applicants.png');

      // The windows close (as time would), then exam numbers.
      expect(
        (
          await officer.request('PATCH', `/api/exam/exams/${examId}`, {
            applicationClosesAt: new Date(Date.now() - 2000).toISOString(),
            cancellationClosesAt: new Date(Date.now() - 1000).toISOString(),
          })
        ).status,
      ).toBe(200);
      await page.getByTestId('exam-tab-venues').click();
      await page.getByTestId('exam-assign-numbers').click();
      await page.getByTestId('exam-steps-status').getByRole('status').filter({ hasText: '3명에게 응시번호를 부여했습니다' }).waitFor(WAIT);

      // A venue the district offers, a room in it, and the seats.
      await fill('exam-venue-name', `마포중학교 ${RUN}`);
      await fill('exam-venue-agency', 'MAPO-GU');
      await fill('exam-venue-address', '서울특별시 마포구 월드컵로 123');
      await page.getByTestId('exam-venue-form-submit').click();
      const venue = page.getByTestId('exam-venue').filter({ hasText: `마포중학교 ${RUN}` });
      await venue.waitFor(WAIT);
      await venue.getByTestId('exam-room-name').fill('101호');
      await venue.getByTestId('exam-room-seats').fill('10');
      await venue.getByTestId('exam-room-form-submit').click();
      await venue.getByTestId('exam-rooms-table').getByText('101호').waitFor(WAIT);
      await page.getByTestId('exam-assign-seats').click();
      await page.getByTestId('exam-steps-status').getByRole('status').filter({ hasText: '3명을 1개 시험실에 배정했습니다' }).waitFor(WAIT);
      await shoot(page, 'web-exam-officer-venues-flow.png');

      // Finding 12: choosing the file sends nothing; the upload asks first, and only then sends it.
      const numbers = ((await officer.get(`/api/exam/exams/${examId}/applications`)).body as { examNumber: string }[])
        .map((a) => a.examNumber)
        .sort();
      const csv = [
        '응시번호,국어,영어,한국사,행정법총론,행정학개론',
        `${numbers[0]},95,90,85,80,75`,
        `${numbers[1]},70,70,70,70,70`,
        `${numbers[2]},50,50,50,50,50`,
      ].join('\r\n');
      await page.getByTestId('exam-tab-scores').click();
      let uploads = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/written-scores')) uploads += 1;
      });
      await page.getByTestId('exam-scores-file').setInputFiles({ name: 'omr.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByTestId('exam-scores-upload').click();
      const confirm = page.getByTestId('exam-scores-confirm');
      await confirm.getByText('omr.csv', { exact: false }).waitFor(WAIT);
      expect(uploads).toBe(0);
      await shoot(page, 'web-exam-officer-scores-confirm.png');
      await page.getByTestId('exam-scores-confirm-close').click();
      expect(uploads).toBe(0);
      await page.getByTestId('exam-scores-upload').click();
      await page.getByTestId('exam-scores-confirm-confirm').click();
      await page.getByTestId('exam-scores-status').getByRole('status').filter({ hasText: '3명의 성적을 등록했습니다' }).waitFor(WAIT);
      expect(uploads).toBe(1);

      // The pass mark, then the written results published.
      await page.getByTestId('exam-tab-positions').click();
      await page.getByTestId('exam-pass-mark-1-submit').click();
      await page.getByTestId('exam-pass-mark-1-status').getByRole('status').filter({ hasText: '합격선' }).waitFor(WAIT);
      await page.getByTestId('exam-tab-results').click();
      const at = seoul(Date.now() + 2 * 3_600_000);
      await fill('exam-publish-on', at.date);
      await fill('exam-publish-time', at.time);
      // Before the written exam's date nothing is published: the refusal, with the date, beside the button.
      watch.expect(409, `/api/exam/exams/${examId}/publications`);
      await page.getByTestId('exam-publish-submit').click();
      await page.getByTestId('exam-publish-status').filter({ hasText: '필기시험일' }).waitFor(WAIT);
      // As if the written exam had been held yesterday.
      await stack.query(
        'examination',
        `UPDATE examination.exam SET written_exam_on = (now() AT TIME ZONE 'Asia/Seoul')::date - 1 WHERE id = $1`,
        [examId],
      );
      await page.getByTestId('exam-publish-submit').click();
      await page.getByTestId('exam-publish-status').getByRole('status').filter({ hasText: '예약했습니다' }).waitFor(WAIT);
      await page.getByTestId('exam-publication-row').first().waitFor(WAIT);

      // Interviews: panels drawn from the pool, every mark 상, the final decision after confirming it.
      await page.getByTestId('exam-tab-interviews').click();
      await page.getByTestId('exam-interview-form-submit').click();
      await page.getByTestId('exam-interview-form-status').getByRole('status').filter({ hasText: '편성했습니다' }).waitFor(WAIT);
      const sessions = page.getByTestId('exam-session');
      await sessions.first().waitFor(WAIT);
      for (let i = 0; i < (await sessions.count()); i += 1) {
        const session = sessions.nth(i);
        const marks = session.getByTestId('exam-mark');
        for (let k = 0; k < (await marks.count()); k += 1) await marks.nth(k).selectOption('high');
        await session.getByTestId('exam-marks-save').click();
        await session.getByTestId('exam-marks-status').getByRole('status').filter({ hasText: '저장했습니다' }).waitFor(WAIT);
      }
      await shoot(page, 'web-exam-officer-interviews-flow.png');
      await page.getByTestId('exam-final-results').click();
      await page.getByTestId('exam-final-confirm-confirm').click();
      await page.getByTestId('exam-final-status').getByRole('status').filter({ hasText: '최종 합격자' }).waitFor(WAIT);

      // The pass list, and the final results published.
      await page.getByTestId('exam-tab-results').click();
      await page.getByTestId('exam-pass-row').first().waitFor(WAIT);
      await page.getByTestId('exam-publish-stage').selectOption('final');
      await fill('exam-publish-on', at.date);
      await fill('exam-publish-time', at.time);
      await page.getByTestId('exam-publish-submit').click();
      await page.getByTestId('exam-publication-row').nth(1).waitFor(WAIT);
      await shoot(page, 'web-exam-officer-results.png');

      // The lists download as files.
      await page.getByTestId('exam-tab-downloads').click();
      const [xlsx] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('exam-download-applicants-xlsx').click()]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      const [csvFile] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('exam-download-pass-list-csv').click()]);
      expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);

      // The overview's pipeline: 3 applied, 3 paid, 3 sat.
      await page.getByTestId('exam-tab-overview').click();
      const pipeline = page.getByTestId('exam-pipeline-positions');
      await pipeline.locator('tbody tr').first().waitFor(WAIT);
      const counts = await pipeline.locator('tbody tr').first().locator('td').allTextContents();
      expect(counts.slice(0, 3)).toEqual(['3', '3', '3']);
      expect(Number(counts[3])).toBeGreaterThan(0);
      await page.getByTestId('exam-pipeline-chart').locator('canvas').waitFor(WAIT);
      await shoot(page, 'web-exam-officer-overview.png');

      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(watch.problems()).toEqual([]);
      await page.context().close();
    },
    600_000,
  );

  it(
    'shows every screen without console errors, failed calls, ' + 'serious axe violations or anything cut off, at 1280 px and on a tablet',
    async () => {
      for (const width of [1280, 800]) {
        const page = await signedIn({ width });
        const watch = watchPage(page);
        await open(page, '/exam-officer');
        await page.getByTestId('exam-console-row').first().waitFor(WAIT);
        await settled(page);
        expect(['console', width, await seriousAxeViolations(page)]).toEqual(['console', width, []]);
        expect(['console', width, await overflowingElements(page)]).toEqual(['console', width, []]);
        if (width === 1280) await shoot(page, 'web-exam-officer-console.png');
        for (const tab of TABS) {
          await open(page, `/exam-officer/${examId}?tab=${tab}`);
          await page.getByTestId(`exam-tab-${tab}`).and(page.locator('[aria-selected="true"]')).waitFor(WAIT);
          await settled(page);
          expect([tab, width, await seriousAxeViolations(page)]).toEqual([tab, width, []]);
          expect([tab, width, await overflowingElements(page)]).toEqual([tab, width, []]);
          await shoot(page, `web-exam-officer-${tab}${width === 1280 ? '' : '-tablet'}.png`);
        }
        expect(watch.problems()).toEqual([]);
        await page.context().close();
      }
    },
    600_000,
  );

  it('in English, leaves nothing Korean but proper names', async () => {
    const page = await signedIn({ lang: 'en' });
    const watch = watchPage(page);
    await open(page, '/exam-officer');
    await page.getByTestId('exam-console-row').first().waitFor(WAIT);
    await settled(page);
    expect(['console', await untranslatedKorean(page)]).toEqual(['console', []]);
    await shoot(page, 'web-exam-officer-console-en.png');
    for (const tab of TABS) {
      await open(page, `/exam-officer/${examId}?tab=${tab}`);
      await page.getByTestId(`exam-tab-${tab}`).and(page.locator('[aria-selected="true"]')).waitFor(WAIT);
      await settled(page);
      expect([tab, await untranslatedKorean(page)]).toEqual([tab, []]);
      if (tab === 'overview' || tab === 'results') await shoot(page, `web-exam-officer-${tab}-en.png`);
    }
    expect(watch.problems()).toEqual([]);
    await page.context().close();
  }, 600_000);
});
