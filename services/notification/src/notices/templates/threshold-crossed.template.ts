import type { LineThresholdCrossedV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

/** 1,234,000원 */
const won = (amount: string) => `${BigInt(amount).toLocaleString('en-US')}`;

/** 예산 집행률 경보: a budget line's execution crossed a threshold; its finance officers are told. */
export function thresholdCrossedMail(
  event: LineThresholdCrossedV1,
  person: { name: string; locale: 'ko' | 'en' | null },
  publicBaseUrl: string,
): RenderedMail {
  const code = oneLine(event.budgetLineCode);
  const link = absoluteLink(publicBaseUrl, `/finance-book/${event.fiscalYear}/lines/${encodeURIComponent(code)}`);
  const pct = event.thresholdPercent;
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      {
        text:
          `${event.fiscalYear}년 예산 항목 ${code}의 집행액이 예산의 ${pct}%를 넘었습니다. ` +
          `예산 ${won(event.currentBudget)}원 중 ${won(event.executed)}원이 집행되었습니다.`,
      },
      { link, label: '예산 항목 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      {
        text:
          `Spending on budget line ${code} (${event.fiscalYear}) has passed ${pct}% of its budget: ` +
          `${won(event.executed)} won of ${won(event.currentBudget)} won.`,
      },
      { link, label: 'Open the budget line' },
    ],
    '배움 Baeum',
  );
  return {
    template: 'budget-threshold-crossed',
    locale: person.locale ?? 'ko',
    subject: `[예산] ${code} 집행률 ${pct}% 도달 / Budget line ${code} passed ${pct}%`,
    text,
    html,
  };
}
