import type { CommitmentHeldV1 } from '@baeum/contracts';
import { absoluteLink, oneLine, renderBody, RenderedMail } from '../../mail/templates/mail-template';

const won = (amount: string) => BigInt(amount).toLocaleString('en-US');

/** 약정 보류: a commitment waits for room on a stop line; the line's finance officers are told what it needs. */
export function commitmentHeldMail(
  event: CommitmentHeldV1,
  person: { name: string; locale: 'ko' | 'en' | null },
  publicBaseUrl: string,
): RenderedMail {
  const code = oneLine(event.budgetLineCode);
  const link = absoluteLink(publicBaseUrl, `/finance-book/${event.fiscalYear}/lines/${encodeURIComponent(code)}`);
  const room = BigInt(event.currentBudget) - BigInt(event.committed);
  const left = won((room > 0n ? room : 0n).toString());
  const { text, html } = renderBody(
    [
      { text: `${person.name}님, 안녕하세요.` },
      {
        text:
          `${event.fiscalYear}년 예산 항목 ${code}에 남은 예산(${left}원)이 부족해 ${won(event.amount)}원의 약정이 보류되었습니다. ` +
          `예산을 변경하거나 다른 약정을 해제하면 처리할 수 있습니다.`,
      },
      { link, label: '예산 항목 보기' },
    ],
    [
      { text: `Hello ${person.name},` },
      {
        text:
          `A commitment of ${won(event.amount)} won on budget line ${code} (${event.fiscalYear}) is held: ` +
          `the line has ${left} won left. Amend its budget or release another commitment to book it.`,
      },
      { link, label: 'Open the budget line' },
    ],
    '배움 Baeum',
  );
  return {
    template: 'budget-commitment-held',
    locale: person.locale ?? 'ko',
    subject: `[예산] ${code} 약정 보류 / A commitment on ${code} is held`,
    text,
    html,
  };
}
