import { pngImage } from '@baeum/testing';
import type { Page } from 'playwright-core';

const LONG = { timeout: 90_000 };

/** The wizard's steps, as the web app names them (apps/web, applicant/rules.ts WIZARD_STEPS). */
export type WizardStep = 'identity' | 'person' | 'education' | 'licences' | 'bonus' | 'photo' | 'accommodations' | 'review';

export interface WizardAnswers {
  birthDate?: string;
  phone?: string;
  education?: { level: string; school: string; major?: string; status: 'graduated' | 'expected' };
  licences?: { name: string; number: string; issuer: string; acquiredOn: string }[];
  /** 'none', 'veterans:5', 'veterans:10', 'rescuer:3' or 'rescuer:5'. */
  statutoryBonus?: string;
  accommodations?: string[];
}

/** The wizard is at `step` (its container carries the step's name, in any language). */
export const atStep = (page: Page, step: WizardStep) => page.locator(`[data-testid="exam-apply"].step-${step}`).waitFor(LONG);

/** A radio or checkbox the KRDS draws by its label: checked by keyboard, as a keyboard user would. */
async function tick(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).focus();
  await page.keyboard.press('Space');
}

/**
 * The wizard's photo step: a first application registers the photo here (chosen, cropped as it
 * comes, saved by keyboard); a later one finds it registered.
 */
export async function photoInWizard(page: Page): Promise<void> {
  await page.locator('[data-testid="photo-current"], [data-testid="photo-none"]').first().waitFor(LONG);
  if (!(await page.getByTestId('photo-none').isVisible())) return;
  await page.getByTestId('photo-file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: pngImage(480, 640, [90, 140, 60]) });
  await page.getByTestId('photo-cropper').locator('img').waitFor(LONG);
  await page.getByTestId('photo-save').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('photo-current').waitFor(LONG);
}

/**
 * Walks the application wizard from 본인 확인 to 검토 with `answers` (a valid application by default),
 * calling `onStep` once each step is shown and filled; the exam and position come from the page's link.
 */
export async function walkWizard(page: Page, answers: WizardAnswers = {}, onStep?: (step: WizardStep) => Promise<void>): Promise<void> {
  const next = async (step: WizardStep) => {
    await page.getByTestId('exam-apply-next').click();
    await atStep(page, step);
  };
  await atStep(page, 'identity');
  await page.getByTestId('exam-apply-birth').fill(answers.birthDate ?? '1997-03-15');
  await page.getByTestId('exam-apply-phone').fill(answers.phone ?? '010-1234-5678');
  await onStep?.('identity');
  await next('person');
  await page.getByTestId('exam-apply-fee').waitFor(LONG);
  await onStep?.('person');
  await next('education');
  const education = answers.education ?? { level: 'bachelor', school: '한국대학교', major: '행정학', status: 'graduated' };
  await page.getByTestId('exam-apply-edu-level').selectOption(education.level);
  await page.getByTestId('exam-apply-edu-school').fill(education.school);
  if (education.major) await page.getByTestId('exam-apply-edu-major').fill(education.major);
  await tick(page, `exam-apply-edu-status-${education.status}`);
  await onStep?.('education');
  await next('licences');
  for (const [i, licence] of (answers.licences ?? []).entries()) {
    await page.getByTestId('exam-apply-lic-add').click();
    await page.getByTestId(`exam-apply-lic-${i}-name`).fill(licence.name);
    await page.getByTestId(`exam-apply-lic-${i}-number`).fill(licence.number);
    await page.getByTestId(`exam-apply-lic-${i}-issuer`).fill(licence.issuer);
    await page.getByTestId(`exam-apply-lic-${i}-date`).fill(licence.acquiredOn);
  }
  await onStep?.('licences');
  await next('bonus');
  await tick(page, `exam-apply-bonus-${answers.statutoryBonus ?? 'none'}`);
  await onStep?.('bonus');
  await next('photo');
  await photoInWizard(page);
  await onStep?.('photo');
  await next('accommodations');
  for (const kind of answers.accommodations ?? []) await tick(page, `exam-apply-acc-${kind}`);
  await onStep?.('accommodations');
  await next('review');
  await page.getByTestId('exam-apply-review').waitFor(LONG);
  await onStep?.('review');
}
