-- CreateEnum
CREATE TYPE "AgreementParty" AS ENUM ('PARTICIPANT', 'HOST', 'OFFICER');

-- CreateEnum
CREATE TYPE "OnBehalfReason" AS ENUM ('NO_E_ID', 'NO_DIGITAL_ACCESS', 'IN_PERSON', 'ON_PAPER');

-- CreateEnum
CREATE TYPE "AgreementChangeKind" AS ENUM ('EXTEND', 'SHORTEN', 'START', 'GOALS', 'TASKS_AND_HOURS', 'CONTACTS', 'FOLLOW_UP');

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "changeKind" "AgreementChangeKind",
    "changeReason" TEXT,
    "effectiveFrom" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "goals" JSONB NOT NULL,
    "tasks" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "periodRule" TEXT NOT NULL,
    "supervisorName" TEXT,
    "supervisorContact" TEXT,
    "officerName" TEXT NOT NULL,
    "officerContact" TEXT,
    "otherContacts" TEXT,
    "followUpPlan" TEXT NOT NULL,
    "sentOn" DATE,
    "sentById" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementApproval" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "party" "AgreementParty" NOT NULL,
    "approvedById" UUID NOT NULL,
    "onBehalfReason" "OnBehalfReason",
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementVersion_sentOn_idx" ON "AgreementVersion"("sentOn");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_placementId_number_key" ON "AgreementVersion"("placementId", "number");

-- CreateIndex
CREATE INDEX "AgreementApproval_placementId_idx" ON "AgreementApproval"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementApproval_versionId_party_key" ON "AgreementApproval"("versionId", "party");

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Promises the schema language cannot state.
-- Only the participant's approval can be given on someone's behalf.
ALTER TABLE "AgreementApproval" ADD CONSTRAINT "AgreementApproval_on_behalf_only_for_participant"
  CHECK ("onBehalfReason" IS NULL OR "party" = 'PARTICIPANT');
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_number_positive" CHECK ("number" >= 1);
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_dates_in_order" CHECK ("startDate" <= "endDate");
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_hours_in_range" CHECK ("hoursPerWeek" BETWEEN 1 AND 40);

-- A version sent for approval is what the parties approve: its content never changes after. Only
-- gallring (which empties the free text of a participant gone) may write it, and it sets the texts only.
CREATE FUNCTION "AgreementVersion_sent_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."sentOn" IS NOT NULL AND (
       NEW."sentOn" IS DISTINCT FROM OLD."sentOn" OR NEW."number" <> OLD."number" OR NEW."placementId" <> OLD."placementId"
    OR NEW."startDate" <> OLD."startDate" OR NEW."endDate" <> OLD."endDate" OR NEW."hoursPerWeek" <> OLD."hoursPerWeek"
    OR NEW."effectiveFrom" <> OLD."effectiveFrom" OR NEW."changeKind" IS DISTINCT FROM OLD."changeKind" OR NEW."version" <> OLD."version") THEN
    RAISE EXCEPTION 'an agreement version sent for approval cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "AgreementVersion_sent_is_final" BEFORE UPDATE ON "AgreementVersion" FOR EACH ROW EXECUTE FUNCTION "AgreementVersion_sent_is_final"();

-- An approval is a fact: it is never changed or taken back.
CREATE FUNCTION "AgreementApproval_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agreement approvals cannot be changed or deleted' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "AgreementApproval_append_only" BEFORE UPDATE OR DELETE ON "AgreementApproval" FOR EACH ROW EXECUTE FUNCTION "AgreementApproval_append_only"();

-- Gallring redacts the log's events about the agreement's versions and approvals too (the function of
-- migration gallring_audit_redaction, with two more kinds of record).
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
    UNION ALL SELECT 'AgreementVersion', id FROM "AgreementVersion" WHERE "placementId" IN (SELECT id FROM placements)
    UNION ALL SELECT 'AgreementApproval', id FROM "AgreementApproval" WHERE "placementId" IN (SELECT id FROM placements)
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
