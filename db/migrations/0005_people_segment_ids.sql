DROP INDEX "people_name_order_idx";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "segment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- people.segment_ids is a copy of person_segments, kept by the triggers below so
-- that every writer (commands, seeds, factories, SQL by hand) keeps it right.
UPDATE "people" AS p SET "segment_ids" = s.ids
FROM (
  SELECT "person_id", array_agg("segment_id" ORDER BY "segment_id") AS ids
  FROM "person_segments" GROUP BY "person_id"
) AS s
WHERE s."person_id" = p."id";--> statement-breakpoint
CREATE FUNCTION "people_refresh_segment_ids"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One UPDATE per statement, for the people whose memberships it changed,
  -- each found by primary key (a seed adds hundreds of thousands at once).
  UPDATE "people" AS p SET "segment_ids" = coalesce(
    (SELECT array_agg(ps."segment_id" ORDER BY ps."segment_id")
       FROM "person_segments" AS ps WHERE ps."person_id" = p."id"),
    '{}'::uuid[])
  FROM (SELECT DISTINCT "person_id" FROM "changed_memberships") AS changed
  WHERE p."id" = changed."person_id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "person_segments_added" AFTER INSERT ON "person_segments"
  REFERENCING NEW TABLE AS "changed_memberships"
  FOR EACH STATEMENT EXECUTE FUNCTION "people_refresh_segment_ids"();--> statement-breakpoint
CREATE TRIGGER "person_segments_removed" AFTER DELETE ON "person_segments"
  REFERENCING OLD TABLE AS "changed_memberships"
  FOR EACH STATEMENT EXECUTE FUNCTION "people_refresh_segment_ids"();--> statement-breakpoint
-- A membership is never moved from one person to another; refuse it rather than
-- keep a second trigger for a write nobody makes.
CREATE FUNCTION "person_segments_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'person_segments rows are added and removed, not updated';
END
$$;--> statement-breakpoint
CREATE TRIGGER "person_segments_no_update" BEFORE UPDATE ON "person_segments"
  FOR EACH ROW EXECUTE FUNCTION "person_segments_refuse_update"();--> statement-breakpoint
-- The list's name order. The INCLUDEd columns are what the list's scope and
-- filters read, so a count walks this index alone (an index-only scan).
CREATE INDEX "people_list_name_order_idx" ON "people"
  USING btree (lower("last_name"), lower("first_name"), "id")
  INCLUDE ("last_name", "first_name", "segment_ids", "coach_id", "employment_status")
  WHERE "deleted_at" IS NULL;
