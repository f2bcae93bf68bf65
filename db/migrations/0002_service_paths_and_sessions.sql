CREATE TYPE "public"."channel" AS ENUM('in_person', 'phone', 'email', 'chat', 'video', 'popup_event');--> statement-breakpoint
CREATE TABLE "service_paths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"segment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"coach_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"channel" "channel" NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"next_appointment_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_paths" ADD CONSTRAINT "service_paths_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_paths" ADD CONSTRAINT "service_paths_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_paths" ADD CONSTRAINT "service_paths_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_paths_segment_idx" ON "service_paths" USING btree ("segment_id");--> statement-breakpoint
CREATE INDEX "coaching_sessions_person_idx" ON "coaching_sessions" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "coaching_sessions_coach_idx" ON "coaching_sessions" USING btree ("coach_id","occurred_at");--> statement-breakpoint
CREATE INDEX "coaching_sessions_occurred_idx" ON "coaching_sessions" USING btree ("occurred_at");