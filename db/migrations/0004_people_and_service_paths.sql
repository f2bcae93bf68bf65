CREATE TYPE "public"."education_level" AS ENUM('basic', 'upper_secondary', 'vocational', 'bachelor', 'master', 'doctorate', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('employed', 'self_employed', 'unemployed', 'laid_off', 'student', 'outside_workforce', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('consent', 'contract', 'public_task', 'legal_obligation', 'legitimate_interest');--> statement-breakpoint
CREATE TYPE "public"."stage_kind" AS ENUM('step', 'outcome', 'exit');--> statement-breakpoint
CREATE TABLE "person_legal_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"basis" "legal_basis" NOT NULL,
	"purpose" text NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "path_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"path_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "path_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"path_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "stage_kind" DEFAULT 'step' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"path_id" uuid NOT NULL,
	"from_stage_id" uuid,
	"to_stage_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_session_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"revised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revised_by" uuid,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
DROP INDEX "people_coach_idx";--> statement-breakpoint
DROP INDEX "person_segments_segment_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "birth_year" smallint;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "municipality" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "education_level" "education_level" DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "education_details" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "work_experience_years" smallint;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "employment_status" "employment_status" DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "last_contact_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone_digits" text GENERATED ALWAYS AS (case when regexp_replace(phone, '[^0-9]', '', 'g') like '00%' then substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3) when regexp_replace(phone, '[^0-9]', '', 'g') like '0%' then '358' || substr(regexp_replace(phone, '[^0-9]', '', 'g'), 2) else regexp_replace(phone, '[^0-9]', '', 'g') end) STORED;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "name_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', first_name || ' ' || last_name)) STORED;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "person_legal_bases" ADD CONSTRAINT "person_legal_bases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_legal_bases" ADD CONSTRAINT "person_legal_bases_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_notes" ADD CONSTRAINT "person_notes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_notes" ADD CONSTRAINT "person_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "path_enrollments" ADD CONSTRAINT "path_enrollments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "path_enrollments" ADD CONSTRAINT "path_enrollments_path_id_service_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."service_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "path_enrollments" ADD CONSTRAINT "path_enrollments_stage_id_path_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."path_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "path_enrollments" ADD CONSTRAINT "path_enrollments_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "path_stages" ADD CONSTRAINT "path_stages_path_id_service_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."service_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_enrollment_id_path_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."path_enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_path_id_service_paths_id_fk" FOREIGN KEY ("path_id") REFERENCES "public"."service_paths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_from_stage_id_path_stages_id_fk" FOREIGN KEY ("from_stage_id") REFERENCES "public"."path_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_to_stage_id_path_stages_id_fk" FOREIGN KEY ("to_stage_id") REFERENCES "public"."path_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_changes" ADD CONSTRAINT "stage_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session_revisions" ADD CONSTRAINT "coaching_session_revisions_session_id_coaching_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_session_revisions" ADD CONSTRAINT "coaching_session_revisions_revised_by_users_id_fk" FOREIGN KEY ("revised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_legal_bases_person_idx" ON "person_legal_bases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_notes_person_idx" ON "person_notes" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "path_enrollments_person_path_unique" ON "path_enrollments" USING btree ("person_id","path_id");--> statement-breakpoint
CREATE INDEX "path_enrollments_stage_idx" ON "path_enrollments" USING btree ("stage_id","stage_entered_at");--> statement-breakpoint
CREATE INDEX "path_enrollments_path_idx" ON "path_enrollments" USING btree ("path_id");--> statement-breakpoint
CREATE INDEX "path_stages_path_idx" ON "path_stages" USING btree ("path_id","position");--> statement-breakpoint
CREATE INDEX "stage_changes_person_idx" ON "stage_changes" USING btree ("person_id","changed_at");--> statement-breakpoint
CREATE INDEX "stage_changes_path_idx" ON "stage_changes" USING btree ("path_id","changed_at");--> statement-breakpoint
CREATE INDEX "stage_changes_enrollment_idx" ON "stage_changes" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "coaching_session_revisions_session_idx" ON "coaching_session_revisions" USING btree ("session_id","revised_at");--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_name_order_idx" ON "people" USING btree (lower("last_name"),lower("first_name"),"id") WHERE "people"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "people_last_contact_order_idx" ON "people" USING btree (coalesce("last_contact_at", '-infinity'::timestamptz),"id") WHERE "people"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "people_created_order_idx" ON "people" USING btree ("created_at","id") WHERE "people"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "people_name_search_idx" ON "people" USING gin ("name_search");--> statement-breakpoint
CREATE INDEX "people_languages_idx" ON "people" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "people_email_idx" ON "people" USING btree (lower("email") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "people_phone_digits_idx" ON "people" USING btree ("phone_digits" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "people_coach_idx" ON "people" USING btree ("coach_id",lower("last_name"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "person_segments_segment_idx" ON "person_segments" USING btree ("segment_id","person_id");