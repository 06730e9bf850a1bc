import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TextKind } from './text-message-provider';

/** A text the simulated provider took. */
export interface RecordedText {
  id: string;
  reference: string;
  toNumber: string;
  kind: TextKind;
  bytes: number;
  text: string;
  createdAt: Date;
}

const fromRow = (r: Record<string, unknown>): RecordedText => ({
  id: r.id as string,
  reference: r.reference as string,
  toNumber: r.to_number as string,
  kind: r.kind as TextKind,
  bytes: r.bytes as number,
  text: r.text as string,
  createdAt: r.created_at as Date,
});

@Injectable()
export class TextMessagesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a text once per reference; a second record of the same reference answers the first's id. */
  async record(text: Omit<RecordedText, 'id' | 'createdAt'>): Promise<string> {
    const rows = (await this.dataSource.query(
      `INSERT INTO notification.text_message (id, reference, to_number, kind, bytes, text) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (reference) DO UPDATE SET reference = EXCLUDED.reference RETURNING id`,
      [randomUUID(), text.reference, text.toNumber, text.kind, text.bytes, text.text],
    )) as { id: string }[];
    return rows[0].id;
  }

  /** The texts recorded for a number, oldest first (tests and support). */
  async to(toNumber: string): Promise<RecordedText[]> {
    const rows = (await this.dataSource.query(`SELECT * FROM notification.text_message WHERE to_number = $1 ORDER BY created_at, id`, [
      toNumber,
    ])) as Record<string, unknown>[];
    return rows.map(fromRow);
  }
}
