import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { uploads } from './uploads';

/** Which pattern each miner cluster of an upload ended as (several clusters may share a pattern). */
export const patternClusters = pgTable(
  'pattern_clusters',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    clusterId: integer('cluster_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.uploadId, table.clusterId] }),
    index('pattern_clusters_upload_fingerprint_idx').on(table.uploadId, table.fingerprint),
  ],
);
