import { EventPublisher } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceTraineeLinks } from '../../trainees/trainee-links';
import { allTraineeLinks } from '../../trainees/trainees.queries';

/**
 * `enrollment.trainee.linked` once for every trainee there already is, so the notification service
 * can tell trainees made before the event existed about their seats; from here on every trainee
 * made or linked announces it.
 */
export class TraineeLinkBackfill1765960000000 implements MigrationInterface {
  name = 'TraineeLinkBackfill1765960000000';

  async up(q: QueryRunner): Promise<void> {
    const rows = await allTraineeLinks(q.manager);
    // Serialised like any embedded writer: the relay sends the outbox in the order rows were written.
    const publisher = new EventPublisher({ service: 'enrollment', schema: 'enrollment', serialiseWriters: true });
    for (const tenantId of new Set(rows.map((r) => r.tenant_id)))
      await announceTraineeLinks(
        q.manager,
        publisher,
        tenantId,
        rows.filter((r) => r.tenant_id === tenantId).map((r) => ({ id: r.id, userId: r.user_id, agencyCode: r.agency_code })),
      );
  }

  async down(): Promise<void> {
    // Events once published stay published.
  }
}
