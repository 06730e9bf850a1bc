import { PermanentEventError } from '@baeum/messaging';

/** A mail written from a template: Korean first with English beside, as plain text and simple HTML. */
export interface RenderedMail {
  template: string;
  locale: 'ko' | 'en';
  subject: string;
  text: string;
  html: string;
}

/** One paragraph of a mail: plain text, or a link shown with its address. */
export type Block = { text: string } | { link: string; label: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Names and institute names come from people: nothing they type may become markup. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** A header never carries a line break (it would start another header). */
export const oneLine = (value: string): string => value.replace(/[\r\n\t]+/g, ' ').trim();

/**
 * The absolute address of a path on the site. Only a path below the public address is accepted, so
 * an event can never point a mail's link at another site.
 */
export function absoluteLink(publicBaseUrl: string, path: string): string {
  const base = new URL(publicBaseUrl.endsWith('/') ? publicBaseUrl : `${publicBaseUrl}/`);
  if (!path.startsWith('/') || path.startsWith('//')) throw new PermanentEventError(`link path must start with one /: ${path}`);
  const url = new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);
  if (url.origin !== base.origin) throw new PermanentEventError(`link path leaves the site: ${path}`);
  return url.toString();
}

const LANGUAGE_RULE = '\n\n----------------------------------------\n\n';
const INBOX_BODY_MAX = 600;

/**
 * The short form of a mail for the in-app inbox: the Korean text then the English one without the
 * greeting (every template opens with one) and without links, and the first link. It reads the text
 * `renderBody` writes, so every template, present or future, gets an inbox item without more work.
 */
export function inboxSummary(mail: Pick<RenderedMail, 'text'>): { body: string; link: string | null } {
  const [korean, rest = ''] = mail.text.split(LANGUAGE_RULE);
  const english = rest.split('\n\n-- \n')[0];
  let link: string | null = null;
  const prose = (part: string) =>
    part
      .split('\n\n')
      .slice(1)
      .filter((paragraph) => {
        const asLink = /^[^\n]*:\n(https?:\/\/\S+)$/.exec(paragraph);
        if (asLink) link ??= asLink[1];
        return !asLink;
      })
      .join(' ');
  const body = [prose(korean), prose(english)].filter(Boolean).join('\n');
  return { body: body.length > INBOX_BODY_MAX ? `${body.slice(0, INBOX_BODY_MAX - 1)}…` : body, link };
}

/** The Korean part, then the English one, each a list of blocks. */
export function renderBody(korean: Block[], english: Block[], signature: string): { text: string; html: string } {
  const asText = (blocks: Block[]) => blocks.map((b) => ('text' in b ? b.text : `${b.label}:\n${b.link}`)).join('\n\n');
  const asHtml = (blocks: Block[], lang: string) =>
    `<div lang="${lang}">` +
    blocks
      .map((b) =>
        'text' in b
          ? `<p>${escapeHtml(b.text)}</p>`
          : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a><br>${escapeHtml(b.link)}</p>`,
      )
      .join('') +
    '</div>';
  const text = `${asText(korean)}${LANGUAGE_RULE}${asText(english)}\n\n-- \n${signature}\n`;
  const html =
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">' +
    `${asHtml(korean, 'ko')}<hr>${asHtml(english, 'en')}<p style="color: #666">${escapeHtml(signature)}</p></body></html>`;
  return { text, html };
}
