-- log_events becomes partitioned by upload: the worker COPYs an upload's events into a table of their
-- own, indexes it once loaded (a sorted build instead of index maintenance row by row) and attaches it;
-- deleting an upload drops its partition. Drizzle cannot express partitioning: this file is written by
-- hand, and the snapshot describes the parent's columns only.
ALTER TABLE "log_events" RENAME TO "log_events_before_0008";
--> statement-breakpoint
ALTER INDEX IF EXISTS "log_events_pkey" RENAME TO "log_events_before_0008_pkey";
--> statement-breakpoint
DROP INDEX IF EXISTS "log_events_upload_ts_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "log_events_upload_cluster_idx";
--> statement-breakpoint
CREATE SEQUENCE "log_events_event_id_seq";
--> statement-breakpoint
SELECT setval('log_events_event_id_seq', coalesce((SELECT max(id) FROM "log_events_before_0008"), 0) + 1, false);
--> statement-breakpoint
CREATE TABLE "log_events" (
	"id" bigint DEFAULT nextval('log_events_event_id_seq') NOT NULL,
	"organization_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"file" text NOT NULL,
	"line" integer NOT NULL,
	"line_count" integer DEFAULT 1 NOT NULL,
	"ts" timestamp with time zone,
	"level" text,
	"service" text,
	"cluster_id" integer,
	"message" text,
	"message_offset" integer,
	"raw" text NOT NULL,
	"attributes" jsonb,
	CONSTRAINT "log_events_level_check" CHECK (level IN ('trace', 'debug', 'info', 'warn', 'error', 'fatal'))
) PARTITION BY LIST ("upload_id");
--> statement-breakpoint
ALTER TABLE "log_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "log_events" TO logai_tenant
  USING (organization_id = logai_current_organization()) WITH CHECK (organization_id = logai_current_organization());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "log_events" TO logai_tenant;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE "log_events_event_id_seq" TO logai_tenant;
--> statement-breakpoint
-- The worker's table for an upload's events, before they are loaded: log_events' columns, and the
-- partition constraint as a CHECK (tested row by row while loading, so attaching needs no scan).
CREATE FUNCTION logai_create_event_table(load_table text, upload uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TABLE %I (LIKE log_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT %I CHECK (upload_id = %L))',
    load_table, load_table || '_upload', upload);
END
$$;
--> statement-breakpoint
-- Once loaded: the indexes (a sorted build each, much cheaper than maintaining them row by row) and
-- statistics.
CREATE FUNCTION logai_index_event_table(load_table text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE INDEX ON %I (ts NULLS FIRST, id)', load_table);
  EXECUTE format('CREATE INDEX ON %I (cluster_id)', load_table);
  EXECUTE format('ALTER TABLE %I ADD PRIMARY KEY (id)', load_table);
  EXECUTE format('ANALYZE %I', load_table);
END
$$;
--> statement-breakpoint
-- Drops the partition(s) holding an upload's events (its whole row set, at once).
CREATE FUNCTION logai_drop_event_partitions(upload uuid) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  partition text;
  dropped integer := 0;
BEGIN
  FOR partition IN
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'log_events'::regclass
      AND pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', upload)
  LOOP
    EXECUTE format('DROP TABLE %I', partition);
    dropped := dropped + 1;
  END LOOP;
  RETURN dropped;
END
$$;
--> statement-breakpoint
-- Makes a loaded, indexed table the upload's partition, replacing an earlier one (a reprocessed upload).
CREATE FUNCTION logai_attach_event_partition(load_table text, upload uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM logai_drop_event_partitions(upload);
  EXECUTE format('ALTER TABLE log_events ATTACH PARTITION %I FOR VALUES IN (%L)', load_table, upload);
END
$$;
--> statement-breakpoint
-- Earlier events move to a partition per upload.
DO $$
DECLARE
  upload uuid;
  load_table text;
BEGIN
  FOR upload IN SELECT DISTINCT upload_id FROM "log_events_before_0008" LOOP
    load_table := 'log_events_' || replace(upload::text, '-', '') || '_m0008';
    PERFORM logai_create_event_table(load_table, upload);
    EXECUTE format(
      'INSERT INTO %I (id, organization_id, upload_id, file, line, line_count, ts, level, service, cluster_id, message, message_offset, raw, attributes)
       SELECT id, organization_id, upload_id, file, line, line_count, ts, level, service, cluster_id, message, message_offset, raw, attributes
       FROM "log_events_before_0008" WHERE upload_id = %L',
      load_table, upload);
    PERFORM logai_index_event_table(load_table);
    PERFORM logai_attach_event_partition(load_table, upload);
  END LOOP;
END
$$;
--> statement-breakpoint
DROP TABLE "log_events_before_0008";
