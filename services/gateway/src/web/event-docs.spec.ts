import { asyncApiDocument } from '@baeum/contracts';
import { eventDocsPage } from './event-docs';

describe('the events page', () => {
  const page = eventDocsPage(asyncApiDocument());

  it('lists every channel and message of the AsyncAPI document, with payload fields in tables', () => {
    const document = asyncApiDocument() as { channels: Record<string, { address: string; messages: Record<string, unknown> }> };
    for (const channel of Object.values(document.channels)) {
      expect(page).toContain(`<code>${channel.address}</code>`);
      for (const id of Object.keys(channel.messages)) expect(page).toContain(`id="${id}"`);
    }
    expect(page).toContain('<code>agencyQuotas[].agencyCode</code>');
    expect(page).toMatch(/<td><code>via<\/code><\/td><td>string, one of application, nomination, waitlist<\/td><td>필수 \/ required/);
    expect(page).toContain('발행 / Producer: <b>enrollment</b>');
  });

  it('loads nothing from elsewhere', () => {
    expect(page).not.toMatch(/<script|<link|src=|https?:\/\//);
  });
});
