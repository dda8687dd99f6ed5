import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { ANOMALY_STATUSES, ANOMALY_TYPES, SEVERITIES } from './enums';
import { organizations } from './organizations';
import { uploads } from './uploads';
import { users } from './users';

export const anomalies = pgTable(
  'anomalies',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    description: text('description').notNull(),
    confidenceScore: real('confidence_score').notNull(),
    severity: text('severity').notNull(),
    status: text('status').notNull().default('open'),
    /** Fingerprint of the pattern at the heart of the anomaly, when there is one. */
    patternId: text('pattern_id'),
    windowStart: timestamp('window_start', { withTimezone: true }),
    windowEnd: timestamp('window_end', { withTimezone: true }),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull().default({}),
    statusNote: text('status_note'),
    statusChangedBy: uuid('status_changed_by').references(() => users.id, { onDelete: 'set null' }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('anomalies_org_status_severity_idx').on(table.organizationId, table.status, table.severity),
    index('anomalies_org_created_idx').on(table.organizationId, table.createdAt.desc()),
    index('anomalies_upload_idx').on(table.uploadId),
    check('anomalies_type_check', oneOf('type', ANOMALY_TYPES)),
    check('anomalies_severity_check', oneOf('severity', SEVERITIES)),
    check('anomalies_status_check', oneOf('status', ANOMALY_STATUSES)),
    check('anomalies_confidence_check', sql`confidence_score >= 0 AND confidence_score <= 1`),
  ],
);
