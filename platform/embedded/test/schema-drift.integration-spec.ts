import { curriculumService } from '@baeum/curriculum';
import { enrollmentService } from '@baeum/enrollment';
import { examinationService } from '@baeum/examination';
import { financeService } from '@baeum/finance';
import { gatewayService } from '@baeum/gateway';
import { notificationService } from '@baeum/notification';
import { schemaDriftAfterMigrations } from '@baeum/testing';

/** CI fails when a service's entities and its migrations differ (synchronize is never used). */
describe.each([curriculumService, enrollmentService, examinationService, financeService, gatewayService, notificationService])(
  '$service',
  (definition) => {
    it('has migrations that match its entities', async () => {
      const { schema, entities, migrations } = definition.database({ DATABASE_URL: 'postgres://unused', DB_POOL_SIZE: 1 } as never);
      expect(await schemaDriftAfterMigrations({ schema, entities, migrations })).toEqual([]);
    });
  },
);
