import { inboxSummary } from '../../mail/templates/mail-template';
import { commitmentHeldMail } from './commitment-held.template';

const event = {
  budgetLineId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  budgetLineCode: 'MEALS<i>',
  fiscalYear: 2027,
  commitmentId: '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
  amount: '450000',
  currentBudget: '10000000',
  committed: '9800000',
};

describe('commitmentHeldMail', () => {
  it('says in Korean first, then English, what is held, what room is left and where to act, escaped', () => {
    const mail = commitmentHeldMail(event, { name: '김재무', locale: null }, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'budget-commitment-held', locale: 'ko' });
    expect(mail.subject).toBe('[예산] MEALS<i> 약정 보류 / A commitment on MEALS<i> is held');
    expect(mail.text.indexOf('김재무님')).toBeLessThan(mail.text.indexOf('Hello 김재무'));
    expect(mail.text).toContain('남은 예산(200,000원)이 부족해 450,000원의 약정이 보류되었습니다');
    expect(mail.text).toContain('A commitment of 450,000 won');
    expect(mail.text).toContain('https://baeum.test/finance-book/2027/lines/MEALS%3Ci%3E');
    expect(mail.html).not.toContain('<i>');
    expect(inboxSummary(mail).link).toBe('https://baeum.test/finance-book/2027/lines/MEALS%3Ci%3E');
  });

  it('never says less than nothing is left', () => {
    const over = commitmentHeldMail({ ...event, committed: '10500000' }, { name: 'Kim', locale: 'en' }, 'https://baeum.test');
    expect(over.locale).toBe('en');
    expect(over.text).toContain('the line has 0 won left');
  });
});
