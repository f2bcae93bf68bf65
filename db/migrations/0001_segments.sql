CREATE TYPE "public"."funding_call_status" AS ENUM('upcoming', 'open', 'applied', 'granted', 'rejected', 'closed');--> statement-breakpoint
CREATE TYPE "public"."offering_kind" AS ENUM('open_uas', 'specialisation', 'continuing_education', 'project_course');--> statement-breakpoint
CREATE TYPE "public"."insight_status" AS ENUM('assumption', 'validated', 'refuted');--> statement-breakpoint
CREATE TYPE "public"."priority" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TABLE "funding_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"funder" text NOT NULL,
	"name" text NOT NULL,
	"deadline" date,
	"status" "funding_call_status" DEFAULT 'upcoming' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "offering_kind" NOT NULL,
	"credits" numeric(5, 1),
	"language" text DEFAULT 'fi' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_people" (
	"insight_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "insight_people_insight_id_person_id_pk" PRIMARY KEY("insight_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "insight_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"insight_id" uuid NOT NULL,
	"from_status" "insight_status",
	"to_status" "insight_status" NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"segment_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"source" text NOT NULL,
	"observed_on" date NOT NULL,
	"author_id" uuid,
	"status" "insight_status" DEFAULT 'assumption' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_funding_calls" (
	"segment_id" uuid NOT NULL,
	"funding_call_id" uuid NOT NULL,
	"rationale" text NOT NULL,
	"priority" "priority" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "segment_funding_calls_segment_id_funding_call_id_pk" PRIMARY KEY("segment_id","funding_call_id")
);
--> statement-breakpoint
CREATE TABLE "segment_offerings" (
	"segment_id" uuid NOT NULL,
	"offering_id" uuid NOT NULL,
	"rationale" text NOT NULL,
	"priority" "priority" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "segment_offerings_segment_id_offering_id_pk" PRIMARY KEY("segment_id","offering_id")
);
--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "needs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "value_proposition" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "preferred_channels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "segments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD CONSTRAINT "funding_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD CONSTRAINT "funding_calls_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_people" ADD CONSTRAINT "insight_people_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_people" ADD CONSTRAINT "insight_people_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_status_changes" ADD CONSTRAINT "insight_status_changes_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_status_changes" ADD CONSTRAINT "insight_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_funding_calls" ADD CONSTRAINT "segment_funding_calls_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_funding_calls" ADD CONSTRAINT "segment_funding_calls_funding_call_id_funding_calls_id_fk" FOREIGN KEY ("funding_call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_funding_calls" ADD CONSTRAINT "segment_funding_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_offerings" ADD CONSTRAINT "segment_offerings_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_offerings" ADD CONSTRAINT "segment_offerings_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_offerings" ADD CONSTRAINT "segment_offerings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offerings_name_unique" ON "offerings" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "insight_people_person_idx" ON "insight_people" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "insight_status_changes_insight_idx" ON "insight_status_changes" USING btree ("insight_id","changed_at");--> statement-breakpoint
CREATE INDEX "insights_segment_idx" ON "insights" USING btree ("segment_id","status");--> statement-breakpoint
CREATE INDEX "segment_funding_calls_call_idx" ON "segment_funding_calls" USING btree ("funding_call_id");--> statement-breakpoint
CREATE INDEX "segment_offerings_offering_idx" ON "segment_offerings" USING btree ("offering_id");--> statement-breakpoint
CREATE INDEX "segment_team_members_user_idx" ON "segment_team_members" USING btree ("user_id");