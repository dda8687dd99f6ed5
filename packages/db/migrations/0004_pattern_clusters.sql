CREATE TABLE "pattern_clusters" (
	"organization_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"cluster_id" integer NOT NULL,
	"fingerprint" text NOT NULL,
	CONSTRAINT "pattern_clusters_upload_id_cluster_id_pk" PRIMARY KEY("upload_id","cluster_id")
);
--> statement-breakpoint
DROP INDEX "log_events_upload_pattern_idx";--> statement-breakpoint
ALTER TABLE "log_events" ADD COLUMN "cluster_id" integer;--> statement-breakpoint
ALTER TABLE "pattern_clusters" ADD CONSTRAINT "pattern_clusters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pattern_clusters" ADD CONSTRAINT "pattern_clusters_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pattern_clusters_upload_fingerprint_idx" ON "pattern_clusters" USING btree ("upload_id","fingerprint");--> statement-breakpoint
CREATE INDEX "log_events_upload_cluster_idx" ON "log_events" USING btree ("upload_id","cluster_id");--> statement-breakpoint
ALTER TABLE "log_events" DROP COLUMN "pattern_fingerprint";--> statement-breakpoint
ALTER TABLE "pattern_clusters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON "pattern_clusters" TO logai_tenant
  USING (organization_id = logai_current_organization()) WITH CHECK (organization_id = logai_current_organization());
