-- CreateEnum
CREATE TYPE "AccessReviewStatus" AS ENUM ('PENDING', 'CONFIRMED', 'FLAGGED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewsAccess" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AccessReviewSample" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "seed" VARCHAR(64) NOT NULL,
    "population" INTEGER NOT NULL,
    "drawnAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessReviewSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessReviewItem" (
    "id" UUID NOT NULL,
    "sampleId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "firstAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAt" TIMESTAMPTZ(3) NOT NULL,
    "eventIds" BIGINT[],
    "views" TEXT[],
    "relation" VARCHAR(16) NOT NULL,
    "status" "AccessReviewStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccessReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessReviewDecision" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "status" "AccessReviewStatus" NOT NULL,
    "reason" TEXT,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessReviewSample_unitId_month_key" ON "AccessReviewSample"("unitId", "month");

-- CreateIndex
CREATE INDEX "AccessReviewItem_participantId_idx" ON "AccessReviewItem"("participantId");

-- CreateIndex
CREATE INDEX "AccessReviewItem_sampleId_status_idx" ON "AccessReviewItem"("sampleId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AccessReviewItem_sampleId_actorId_participantId_day_key" ON "AccessReviewItem"("sampleId", "actorId", "participantId", "day");

-- CreateIndex
CREATE INDEX "AccessReviewDecision_itemId_decidedAt_idx" ON "AccessReviewDecision"("itemId", "decidedAt");

-- CreateIndex
CREATE INDEX "AccessReviewDecision_participantId_idx" ON "AccessReviewDecision"("participantId");

-- AddForeignKey
ALTER TABLE "AccessReviewSample" ADD CONSTRAINT "AccessReviewSample_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "AccessReviewSample"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewDecision" ADD CONSTRAINT "AccessReviewDecision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AccessReviewItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewDecision" ADD CONSTRAINT "AccessReviewDecision_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReviewDecision" ADD CONSTRAINT "AccessReviewDecision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A flag always carries its reason (gallring empties it, never removes it).
ALTER TABLE "AccessReviewItem" ADD CONSTRAINT "AccessReviewItem_flag_has_reason" CHECK ("status" <> 'FLAGGED' OR "reason" IS NOT NULL);
ALTER TABLE "AccessReviewDecision" ADD CONSTRAINT "AccessReviewDecision_flag_has_reason" CHECK ("status" <> 'FLAGGED' OR "reason" IS NOT NULL);
ALTER TABLE "AccessReviewDecision" ADD CONSTRAINT "AccessReviewDecision_is_a_decision" CHECK ("status" <> 'PENDING');

-- As before (with the notices), with the sampled accesses and their decisions, which are records of the participant too (PERSONAL_DATA).
-- Redacts the events about anonymised participants and every record of theirs, and logs that it did.
-- SECURITY DEFINER: it runs as the owner, so the app's role needs no UPDATE on the log, only EXECUTE on
-- this function (scripts/db/app-role.ts); it refuses any participant who is not anonymised.
CREATE OR REPLACE FUNCTION "redact_anonymised_audit"(participant_ids uuid[], actor_id uuid, actor_role "Role") RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  redacted integer;
BEGIN
  IF EXISTS (SELECT 1 FROM unnest(participant_ids) AS p(id) LEFT JOIN "Participant" pa ON pa.id = p.id WHERE pa."anonymisedAt" IS NULL) THEN
    RAISE EXCEPTION 'only the audit events of anonymised participants can be redacted';
  END IF;
  PERFORM set_config('stegvis.audit_redaction', 'on', true);
  WITH placements AS (SELECT id FROM "Placement" WHERE "participantId" = ANY(participant_ids)),
  records (entity, id) AS (
              SELECT 'Participant', id FROM "Participant" WHERE id = ANY(participant_ids)
    UNION ALL SELECT 'Placement', id FROM placements
    UNION ALL SELECT 'PlacementEvent', id FROM "PlacementEvent" WHERE "placementId" IN (SELECT id FROM placements)
    UNION ALL SELECT 'PlacementProposal', id FROM "PlacementProposal" WHERE "placementId" IN (SELECT id FROM placements)
    UNION ALL SELECT 'FollowUp', id FROM "FollowUp" WHERE "placementId" IN (SELECT id FROM placements)
    UNION ALL SELECT 'IndividualAssessment', id FROM "IndividualAssessment" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'StageAssessment', id FROM "StageAssessment" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'Outcome', id FROM "Outcome" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'ActionPlan', id FROM "ActionPlan" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'Milestone', id FROM "Milestone" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'Notice', id FROM "Notice" WHERE "placementId" IN (SELECT id FROM placements)
    UNION ALL SELECT 'AccessReviewItem', id FROM "AccessReviewItem" WHERE "participantId" = ANY(participant_ids)
    UNION ALL SELECT 'AccessReviewDecision', id FROM "AccessReviewDecision" WHERE "participantId" = ANY(participant_ids)
  )
  UPDATE "AuditEvent" e SET changes = "audit_redacted_changes"(e.changes)
    FROM records r
   WHERE e.entity = r.entity AND e."entityId" = r.id::text
     AND e.changes IS DISTINCT FROM "audit_redacted_changes"(e.changes);
  GET DIAGNOSTICS redacted = ROW_COUNT;
  PERFORM set_config('stegvis.audit_redaction', 'off', true);
  INSERT INTO "AuditEvent" ("actorId", "actorRole", action, entity, changes)
  VALUES (actor_id, actor_role, 'UPDATE', 'AuditEvent',
          jsonb_build_object('redactedAfterRetention', redacted, 'participants', cardinality(participant_ids)));
  RETURN redacted;
END;
$$;
REVOKE ALL ON FUNCTION "redact_anonymised_audit"(uuid[], uuid, "Role") FROM PUBLIC;
