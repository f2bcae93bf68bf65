CREATE TABLE "insight_sessions" (
	"insight_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	CONSTRAINT "insight_sessions_insight_id_session_id_pk" PRIMARY KEY("insight_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "insight_sessions" ADD CONSTRAINT "insight_sessions_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_sessions" ADD CONSTRAINT "insight_sessions_session_id_coaching_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."coaching_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insight_sessions_session_idx" ON "insight_sessions" USING btree ("session_id");