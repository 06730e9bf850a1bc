import { ResultPublicationView } from '@baeum/api';
import { Publication } from './publication.entity';

export const toPublicationView = (p: Publication): ResultPublicationView => ({
  ...p,
  publishAt: p.publishAt.toISOString(),
  announcedAt: p.announcedAt?.toISOString() ?? null,
});
