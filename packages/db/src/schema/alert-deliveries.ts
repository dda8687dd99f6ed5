import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { alertRules } from './alert-rules';
import { anomalies } from './anomalies';
import { createdAt, id, oneOf } from './columns';
import { ALERT_CHANNELS, DELIVERY_STATUSES } from './enums';
import { organizations } from './organizations';

/** Every attempt to deliver an alert, with its response. */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    anomalyId: uuid('anomaly_id').references(() => anomalies.id, { onDelete: 'set null' }),
    channel: text('channel').notNull(),
    /** Where it went (URL host, e-mail address, topic); never a secret. */
    target: text('target').notNull(),
    status: text('status').notNull().default('pending'),
    attempt: integer('attempt').notNull().default(1),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    error: text('error'),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('alert_deliveries_org_created_idx').on(table.organizationId, table.createdAt.desc()),
    index('alert_deliveries_rule_idx').on(table.ruleId),
    check('alert_deliveries_channel_check', oneOf('channel', ALERT_CHANNELS)),
    check('alert_deliveries_status_check', oneOf('status', DELIVERY_STATUSES)),
  ],
);
