ALTER TABLE "log_events" DROP CONSTRAINT "log_events_organization_id_organizations_id_fk";
--> statement-breakpoint
ALTER TABLE "log_events" DROP CONSTRAINT "log_events_upload_id_uploads_id_fk";
--> statement-breakpoint
DROP INDEX "log_events_org_ts_idx";