-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_ESCALATED', 'PLACEMENT_ENDING', 'PROPOSAL_WAITING');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "noticeDigest" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "placementId" UUID NOT NULL,
    "dueOn" DATE,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestOutbox" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "counts" JSONB NOT NULL,
    "newCount" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notice_userId_readAt_createdAt_idx" ON "Notice"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notice_placementId_idx" ON "Notice"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_userId_dedupeKey_key" ON "Notice"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "DigestOutbox_sentAt_nextAttemptAt_idx" ON "DigestOutbox"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestOutbox_userId_day_key" ON "DigestOutbox"("userId", "day");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestOutbox" ADD CONSTRAINT "DigestOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Gallring's redaction of the log also covers the events about a participant's notices (PERSONAL_DATA lists Notice).
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
