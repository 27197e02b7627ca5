-- AlterTable
ALTER TABLE "StageAssessment" ADD COLUMN     "previousStage" "Stage",
ADD COLUMN     "stayEndedOn" DATE;

-- Hand-written:
-- The dashboard's stage flows and time in stage read these two pre-aggregates instead of running window
-- functions over every participant's history on each request. The database keeps them exact: after any
-- statement that inserts, deletes or reorders a participant's assessments (a review, a back-dated
-- assessment, a seed, a test factory, a bulk load), the trigger recomputes that participant's whole history
-- in the same transaction. The order is (date, createdAt, id), as the dashboard's definitions use.
CREATE FUNCTION "stage_assessment_restay"(participants uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "StageAssessment" s SET "previousStage" = c.previous, "stayEndedOn" = c.ended
  FROM (
    SELECT o."id", o.previous,
      CASE WHEN o.previous IS DISTINCT FROM o."stage" THEN
        lead(o."date") OVER (PARTITION BY o."participantId", o.previous IS DISTINCT FROM o."stage" ORDER BY o."date", o."createdAt", o."id")
      END AS ended
    FROM (
      SELECT "id", "participantId", "date", "createdAt", "stage",
        lag("stage") OVER (PARTITION BY "participantId" ORDER BY "date", "createdAt", "id") AS previous
      FROM "StageAssessment" WHERE "participantId" = ANY(participants)
    ) o
  ) c
  WHERE s."id" = c."id" AND (s."previousStage" IS DISTINCT FROM c.previous OR s."stayEndedOn" IS DISTINCT FROM c.ended);
$$;

CREATE FUNCTION "stage_assessment_stays"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  participants uuid[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Only changes to what orders or defines a history count: the function's own update changes none of it,
    -- so the trigger it fires finds nobody and stops (a statement trigger fires even for no rows).
    participants := ARRAY(
      SELECT unnest(ARRAY[o."participantId", n."participantId"]) FROM before_rows o JOIN changed_rows n ON n."id" = o."id"
      WHERE (o."participantId", o."stage", o."date", o."createdAt") IS DISTINCT FROM (n."participantId", n."stage", n."date", n."createdAt"));
  ELSE
    participants := ARRAY(SELECT DISTINCT "participantId" FROM changed_rows);
  END IF;
  IF cardinality(participants) > 0 THEN
    -- One writer per participant at a time: a concurrent transaction's assessments are invisible to this one's
    -- recompute, so it waits here for them to commit and the recompute's fresh snapshot then includes them.
    -- NO KEY UPDATE, as the row update of currentStage takes; it does not block the foreign keys' KEY SHARE.
    PERFORM 1 FROM "Participant" WHERE "id" = ANY(participants) ORDER BY "id" FOR NO KEY UPDATE;
    PERFORM "stage_assessment_restay"(participants);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "StageAssessment_stays_insert" AFTER INSERT ON "StageAssessment"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "stage_assessment_stays"();
CREATE TRIGGER "StageAssessment_stays_update" AFTER UPDATE ON "StageAssessment"
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "stage_assessment_stays"();
CREATE TRIGGER "StageAssessment_stays_delete" AFTER DELETE ON "StageAssessment"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "stage_assessment_stays"();

-- What a single row can say about itself: a stay ends only on an entering assessment, and not before it.
ALTER TABLE "StageAssessment" ADD CONSTRAINT "StageAssessment_stay_shape"
  CHECK ("stayEndedOn" IS NULL OR ("previousStage" IS DISTINCT FROM "stage" AND "stayEndedOn" >= "date"));

-- Backfill every existing history.
SELECT "stage_assessment_restay"(ARRAY(SELECT DISTINCT "participantId" FROM "StageAssessment"));

-- Stage flows: the period's moves (another stage than the one before), read from the index alone.
CREATE INDEX "StageAssessment_moves_by_date" ON "StageAssessment" ("date") INCLUDE ("participantId", "previousStage", "stage")
  WHERE "previousStage" <> "stage";
-- Time in stage: stays by the day they ended, with what the median needs.
CREATE INDEX "StageAssessment_stays_by_end" ON "StageAssessment" ("stayEndedOn") INCLUDE ("participantId", "stage", "date")
  WHERE "stayEndedOn" IS NOT NULL;

-- Placements started and ended by month (and the SUS report's in and out): the period's rows and every column
-- the dashboard's filters and groups read, so the wide placement rows (goals, tasks) are not visited.
CREATE INDEX "Placement_started_covering" ON "Placement" ("startDate") INCLUDE ("participantId", "status", "kind", "providerId", "mode");
CREATE INDEX "Placement_ended_covering" ON "Placement" ("actualEndDate") INCLUDE ("participantId", "startDate", "kind", "providerId", "mode", "outcomeId")
  WHERE "status" = 'ENDED';
-- The "now" figures: active placements only, with what they group and filter by.
CREATE INDEX "Placement_active_covering" ON "Placement" ("participantId") INCLUDE ("kind", "mode", "providerId", "plannedEndDate", "nextFollowUpDueOn")
  WHERE "status" = 'ACTIVE';
-- The SUS report's measures: placements overlapping the period, found by their end (most ended long ago).
CREATE INDEX "Placement_in_period_covering" ON "Placement" ((COALESCE("actualEndDate", "plannedEndDate")))
  INCLUDE ("participantId", "startDate", "actualEndDate", "plannedEndDate", "status", "kind", "providerId", "mode") WHERE "status" IN ('ACTIVE', 'ENDED');
