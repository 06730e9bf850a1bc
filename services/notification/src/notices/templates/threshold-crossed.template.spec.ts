import { inboxSummary } from '../../mail/templates/mail-template';
import { thresholdCrossedMail } from './threshold-crossed.template';

const event = {
  budgetLineId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
  budgetLineCode: 'NEW<b>',
  fiscalYear: 2027,
  thresholdPercent: 80,
  currentBudget: '12000000',
  executed: '9600000',
};

describe('thresholdCrossedMail', () => {
  it('says it in Korean first, then English, with the amounts and an escaped link to the line', () => {
    const mail = thresholdCrossedMail(event, { name: '김재무', locale: null }, 'https://baeum.test');
    expect(mail).toMatchObject({ template: 'budget-threshold-crossed', locale: 'ko' });
    expect(mail.subject).toBe('[예산] NEW<b> 집행률 80% 도달 / Budget line NEW<b> passed 80%');
    expect(mail.text.indexOf('김재무님')).toBeLessThan(mail.text.indexOf('Hello 김재무'));
    expect(mail.text).toContain('예산 12,000,000원 중 9,600,000원');
    expect(mail.text).toContain('https://baeum.test/finance-book/2027/lines/NEW%3Cb%3E');
    expect(mail.html).not.toContain('<b>');
    expect(thresholdCrossedMail(event, { name: 'Kim', locale: 'en' }, 'https://baeum.test').locale).toBe('en');
  });

  it('reads as a short inbox item: the Korean sentence then the English one, no greeting, and the link', () => {
    const mail = thresholdCrossedMail(event, { name: '김재무', locale: null }, 'https://baeum.test');
    expect(inboxSummary(mail)).toEqual({
      body:
        '2027년 예산 항목 NEW<b>의 집행액이 예산의 80%를 넘었습니다. 예산 12,000,000원 중 9,600,000원이 집행되었습니다.\n' +
        'Spending on budget line NEW<b> (2027) has passed 80% of its budget: 9,600,000 won of 12,000,000 won.',
      link: 'https://baeum.test/finance-book/2027/lines/NEW%3Cb%3E',
    });
  });
});
