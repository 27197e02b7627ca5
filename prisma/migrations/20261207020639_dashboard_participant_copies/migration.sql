-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "participantBirth" INTEGER,
ADD COLUMN     "participantGender" "Gender",
ADD COLUMN     "participantMunicipalityCode" CHAR(4),
ADD COLUMN     "participantProgramme" VARCHAR(32),
ADD COLUMN     "participantStage" "Stage",
ADD COLUMN     "participantUnitId" UUID;

-- AlterTable
ALTER TABLE "StageAssessment" ADD COLUMN     "participantBirth" INTEGER,
ADD COLUMN     "participantGender" "Gender",
ADD COLUMN     "participantMunicipalityCode" CHAR(4),
ADD COLUMN     "participantProgramme" VARCHAR(32),
ADD COLUMN     "participantUnitId" UUID;

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN     "participantBirth" INTEGER,
ADD COLUMN     "participantGender" "Gender",
ADD COLUMN     "participantMunicipalityCode" CHAR(4),
ADD COLUMN     "participantProgramme" VARCHAR(32),
ADD COLUMN     "participantUnitId" UUID;

-- Hand-written:
-- The dashboard filters and groups every figure by the participant's gender, programme, unit now,
-- municipality and age, and the "now" figures by their current stage. Joining Participant for them built a
-- hash table over every participant in the country for each of the page's queries. Placements, stage
-- assessments and outcomes now carry copies (placements also of the current stage),
-- and the database keeps them exact: a new row (or one moved to another participant) is filled from its
-- participant, and a change to the participant (a transfer to another unit, a move, a corrected gender,
-- programme or personnummer, anonymisation) rewrites the copies of all its rows, in the same transaction.
-- The services never write them.

-- The birth date as the number YYYYMMDD, from the personnummer (a samordningsnummer has 60 added to the day).
CREATE FUNCTION "participant_birth"(number text, coordination boolean) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(number, 1, 8)::int - CASE WHEN coordination THEN 60 ELSE 0 END
$$;

CREATE FUNCTION "participant_copies_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  p "Participant"%ROWTYPE;
BEGIN
  IF TG_OP = 'INSERT' OR NEW."participantId" IS DISTINCT FROM OLD."participantId" THEN
    -- A row the participant's update (below) cannot see yet: wait for any transaction changing the
    -- participant, and hold others off until this one commits, or the copy could be the value before it.
    -- NO KEY UPDATE, as the stage pre-aggregates' trigger and the update of currentStage take.
    SELECT * INTO p FROM "Participant" WHERE "id" = NEW."participantId" FOR NO KEY UPDATE;
  ELSE
    -- Someone wrote a copy: put back the participant's value.
    SELECT * INTO p FROM "Participant" WHERE "id" = NEW."participantId";
  END IF;
  NEW."participantGender" := p."gender";
  NEW."participantProgramme" := p."programme";
  NEW."participantUnitId" := p."unitId";
  NEW."participantMunicipalityCode" := p."municipalityCode";
  NEW."participantBirth" := "participant_birth"(p."personalIdentityNumber", p."isCoordinationNumber");
  IF TG_TABLE_NAME = 'Placement' THEN
    NEW."participantStage" := p."currentStage";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Placement_participant_copies" BEFORE INSERT OR UPDATE OF "participantId", "participantGender", "participantProgramme",
  "participantUnitId", "participantMunicipalityCode", "participantBirth", "participantStage" ON "Placement" FOR EACH ROW EXECUTE FUNCTION "participant_copies_fill"();
CREATE TRIGGER "StageAssessment_participant_copies" BEFORE INSERT OR UPDATE OF "participantId", "participantGender", "participantProgramme",
  "participantUnitId", "participantMunicipalityCode", "participantBirth" ON "StageAssessment" FOR EACH ROW EXECUTE FUNCTION "participant_copies_fill"();
CREATE TRIGGER "Outcome_participant_copies" BEFORE INSERT OR UPDATE OF "participantId", "participantGender", "participantProgramme",
  "participantUnitId", "participantMunicipalityCode", "participantBirth" ON "Outcome" FOR EACH ROW EXECUTE FUNCTION "participant_copies_fill"();

CREATE FUNCTION "participant_copies_spread"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  birth integer := "participant_birth"(NEW."personalIdentityNumber", NEW."isCoordinationNumber");
BEGIN
  UPDATE "Placement" SET "participantGender" = NEW."gender", "participantProgramme" = NEW."programme", "participantUnitId" = NEW."unitId",
    "participantMunicipalityCode" = NEW."municipalityCode", "participantBirth" = birth, "participantStage" = NEW."currentStage"
    WHERE "participantId" = NEW."id";
  -- A new stage (every confirmed assessment) concerns the placements only.
  IF (OLD."gender", OLD."programme", OLD."unitId", OLD."municipalityCode", OLD."personalIdentityNumber", OLD."isCoordinationNumber")
    IS DISTINCT FROM (NEW."gender", NEW."programme", NEW."unitId", NEW."municipalityCode", NEW."personalIdentityNumber", NEW."isCoordinationNumber") THEN
    UPDATE "StageAssessment" SET "participantGender" = NEW."gender", "participantProgramme" = NEW."programme", "participantUnitId" = NEW."unitId",
      "participantMunicipalityCode" = NEW."municipalityCode", "participantBirth" = birth WHERE "participantId" = NEW."id";
    UPDATE "Outcome" SET "participantGender" = NEW."gender", "participantProgramme" = NEW."programme", "participantUnitId" = NEW."unitId",
      "participantMunicipalityCode" = NEW."municipalityCode", "participantBirth" = birth WHERE "participantId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Participant_copies" AFTER UPDATE ON "Participant" FOR EACH ROW
  WHEN ((OLD."gender", OLD."programme", OLD."unitId", OLD."municipalityCode", OLD."personalIdentityNumber", OLD."isCoordinationNumber", OLD."currentStage")
    IS DISTINCT FROM (NEW."gender", NEW."programme", NEW."unitId", NEW."municipalityCode", NEW."personalIdentityNumber", NEW."isCoordinationNumber", NEW."currentStage"))
  EXECUTE FUNCTION "participant_copies_spread"();

-- The dashboard's indexes are rebuilt below with the copies; dropped first, the backfill need not keep them.
DROP INDEX "StageAssessment_moves_by_date";
DROP INDEX "StageAssessment_stays_by_end";
DROP INDEX "Placement_started_covering";
DROP INDEX "Placement_ended_covering";
DROP INDEX "Placement_active_covering";
DROP INDEX "Placement_in_period_covering";

-- Backfill in one statement per table. The fill trigger would look each participant up once per row, and
-- the stays trigger would compare 400 000 assessments before and after only to find no stage or date changed.
ALTER TABLE "Placement" DISABLE TRIGGER "Placement_participant_copies";
ALTER TABLE "StageAssessment" DISABLE TRIGGER "StageAssessment_participant_copies";
ALTER TABLE "StageAssessment" DISABLE TRIGGER "StageAssessment_stays_update";
ALTER TABLE "Outcome" DISABLE TRIGGER "Outcome_participant_copies";
UPDATE "Placement" t SET "participantGender" = p."gender", "participantProgramme" = p."programme", "participantUnitId" = p."unitId",
  "participantMunicipalityCode" = p."municipalityCode", "participantBirth" = "participant_birth"(p."personalIdentityNumber", p."isCoordinationNumber"),
  "participantStage" = p."currentStage"
  FROM "Participant" p WHERE p."id" = t."participantId";
UPDATE "StageAssessment" t SET "participantGender" = p."gender", "participantProgramme" = p."programme", "participantUnitId" = p."unitId",
  "participantMunicipalityCode" = p."municipalityCode", "participantBirth" = "participant_birth"(p."personalIdentityNumber", p."isCoordinationNumber")
  FROM "Participant" p WHERE p."id" = t."participantId";
UPDATE "Outcome" t SET "participantGender" = p."gender", "participantProgramme" = p."programme", "participantUnitId" = p."unitId",
  "participantMunicipalityCode" = p."municipalityCode", "participantBirth" = "participant_birth"(p."personalIdentityNumber", p."isCoordinationNumber")
  FROM "Participant" p WHERE p."id" = t."participantId";
ALTER TABLE "Placement" ENABLE TRIGGER "Placement_participant_copies";
ALTER TABLE "StageAssessment" ENABLE TRIGGER "StageAssessment_participant_copies";
ALTER TABLE "StageAssessment" ENABLE TRIGGER "StageAssessment_stays_update";
ALTER TABLE "Outcome" ENABLE TRIGGER "Outcome_participant_copies";

-- The dashboard's indexes again, each with the copies, so that every figure is read from one index
-- without Participant (the old ones had only participantId, for the join).
CREATE INDEX "StageAssessment_moves_by_date" ON "StageAssessment" ("date")
  INCLUDE ("participantId", "previousStage", "stage", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth")
  WHERE "previousStage" <> "stage";
CREATE INDEX "StageAssessment_stays_by_end" ON "StageAssessment" ("stayEndedOn")
  INCLUDE ("participantId", "stage", "date", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth")
  WHERE "stayEndedOn" IS NOT NULL;
CREATE INDEX "Placement_started_covering" ON "Placement" ("startDate")
  INCLUDE ("participantId", "status", "kind", "providerId", "mode", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth");
CREATE INDEX "Placement_ended_covering" ON "Placement" ("actualEndDate")
  INCLUDE ("participantId", "startDate", "kind", "providerId", "mode", "outcomeId", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth")
  WHERE "status" = 'ENDED';
CREATE INDEX "Placement_active_covering" ON "Placement" ("participantId")
  INCLUDE ("kind", "mode", "providerId", "plannedEndDate", "nextFollowUpDueOn", "participantStage",
    "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth")
  WHERE "status" = 'ACTIVE';
CREATE INDEX "Placement_in_period_covering" ON "Placement" ((COALESCE("actualEndDate", "plannedEndDate")))
  INCLUDE ("participantId", "startDate", "actualEndDate", "plannedEndDate", "status", "kind", "providerId", "mode",
    "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth")
  WHERE "status" IN ('ACTIVE', 'ENDED');
-- Outcomes in a period, with what each participant's last one needs.
CREATE INDEX "Outcome_by_date_covering" ON "Outcome" ("date")
  INCLUDE ("participantId", "kind", "createdAt", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth");
