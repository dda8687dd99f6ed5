CREATE TABLE "job_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"queue_url" text NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"max_attempts" integer,
	"job_key" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"relay_attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "job_outbox_queue_run_at_idx" ON "job_outbox" USING btree ("queue_url","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_outbox_queue_job_key_key" ON "job_outbox" USING btree ("queue_url","job_key") WHERE "job_outbox"."job_key" IS NOT NULL;