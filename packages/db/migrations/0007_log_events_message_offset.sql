DROP INDEX "log_events_upload_file_line_idx";--> statement-breakpoint
ALTER TABLE "log_events" ALTER COLUMN "message" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "log_events" ADD COLUMN "message_offset" integer;