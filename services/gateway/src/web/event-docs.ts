import { asyncApiDocument } from '@baeum/contracts';
import type { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';

/*
 * The events' AsyncAPI document beside the HTTP API's OpenAPI (/docs): `/docs/events.json` is the
 * document, generated from libs/contracts; `/docs/events` renders it as one plain page, server-side,
 * with nothing fetched from elsewhere.
 */

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: string[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  description?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
};
interface Message {
  name: string;
  title: string;
  summary: string;
  payload: Schema;
  bindings?: { kafka?: { key?: Schema } };
}
interface Document {
  info: { title: string; version: string; description: string };
  channels: Record<string, { address: string; description: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<
    string,
    { action: string; title: string; channel: { $ref: string }; messages: { $ref: string }[]; tags?: { name: string }[] }
  >;
  components: { messages: Record<string, Message>; schemas: Record<string, Schema> };
}

const escape = (text: unknown): string =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function resolve(document: Document, schema: Schema): Schema {
  let at: unknown = document;
  if (!schema.$ref) return schema;
  for (const part of schema.$ref.replace(/^#\//, '').split('/')) at = (at as Record<string, unknown>)[part];
  return at as Schema;
}

function describe(schema: Schema): string {
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? '');
  const parts = [schema.format ? `${type} (${schema.format})` : type];
  if (schema.const !== undefined) parts.push(`= ${JSON.stringify(schema.const)}`);
  if (schema.enum) parts.push(`one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems}`);
  if (schema.type === 'array' && schema.items?.type !== 'object') parts.push(`of ${schema.items?.type ?? ''}`);
  return parts.join(', ');
}

function fieldRows(document: Document, schema: Schema, prefix = ''): string[] {
  const object = resolve(document, schema);
  return Object.entries(object.properties ?? {}).flatMap(([name, raw]) => {
    const field = resolve(document, raw);
    const required = (object.required ?? []).includes(name) ? '필수 / required' : '선택 / optional';
    const row =
      `<tr><td><code>${escape(prefix + name)}</code></td><td>${escape(describe(field))}</td>` +
      `<td>${required}</td><td>${escape(field.description ?? '')}</td></tr>`;
    const nested = field.type === 'array' && field.items?.type === 'object' ? fieldRows(document, field.items, `${prefix}${name}[].`) : [];
    return [row, ...nested];
  });
}

const table = (rows: string[]): string =>
  '<table><thead><tr><th>필드 / Field</th><th>형식 / Type</th><th>필수 여부 / Required</th><th>설명 / Notes</th></tr></thead>' +
  `<tbody>${rows.join('')}</tbody></table>`;

/** The page: the envelope once, then per channel (topic) each message with its producer, key and payload fields. */
export function eventDocsPage(raw: Record<string, unknown>): string {
  const document = raw as unknown as Document;
  const producers = new Map<string, string>();
  for (const operation of Object.values(document.operations)) {
    if (operation.action !== 'send') continue;
    for (const ref of operation.messages) producers.set(ref.$ref.split('/').pop() as string, operation.tags?.[0]?.name ?? '');
  }
  const anyMessage = Object.values(document.components.messages)[0];
  const envelope = anyMessage
    ? {
        ...anyMessage.payload,
        properties: { ...anyMessage.payload.properties, payload: { type: 'object', description: 'The event payload (below)' } },
      }
    : {};
  const channels = Object.entries(document.channels).map(([id, channel]) => {
    const messages = Object.keys(channel.messages).map((messageId) => {
      const message = document.components.messages[messageId];
      const payload = message.payload.properties?.payload ?? {};
      return `<section class="message" id="${escape(messageId)}">
<h3><code>${escape(message.title)}</code> <small>${escape(message.summary)}</small></h3>
<p>발행 / Producer: <b>${escape(producers.get(messageId) ?? '')}</b> · 메시지 키 / Key: <code>${escape(
        message.bindings?.kafka?.key?.description ?? '',
      )}</code></p>
${table(fieldRows(document, payload))}
</section>`;
    });
    return (
      `<section class="channel" id="channel-${escape(id)}"><h2>채널 / Channel <code>${escape(channel.address)}</code></h2>` +
      `<p>${escape(channel.description)}</p>${messages.join('\n')}</section>`
    );
  });
  const index = Object.values(document.channels)
    .map(
      (c) =>
        `<li><a href="#channel-${escape(c.address)}"><code>${escape(c.address)}</code></a> — ${Object.keys(c.messages)
          .map((m) => `<a href="#${escape(m)}">${escape(m)}</a>`)
          .join(', ')}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
h2 { border-bottom: 2px solid #333; margin-top: 2.5rem; }
h3 small { font-weight: normal; color: #555; }
</style>
</head>
<body>
<h1>${escape(document.info.title)}</h1>
<p>${escape(document.info.description)}</p>
<p>AsyncAPI 3.0 문서 / document: <a href="/docs/events.json">/docs/events.json</a> · HTTP API: <a href="/docs">/docs</a></p>
<h2>목차 / Channels</h2>
<ul>${index}</ul>
<h2>봉투 / Envelope</h2>
<p>모든 메시지 값은 이 JSON 봉투입니다 / Every message value is this JSON envelope.</p>
${table(fieldRows(document, envelope))}
${channels.join('\n')}
</body>
</html>
`;
}

/** Adds `GET /docs/events.json` and `GET /docs/events` to the app; the document is built once. */
export function serveEventDocs(app: INestApplication): void {
  const document = asyncApiDocument();
  const page = eventDocsPage(document);
  const http = app.getHttpAdapter();
  http.get('/docs/events.json', (_req: Request, res: Response) => {
    res.json(document);
  });
  http.get('/docs/events', (_req: Request, res: Response) => {
    res.type('html').send(page);
  });
}
