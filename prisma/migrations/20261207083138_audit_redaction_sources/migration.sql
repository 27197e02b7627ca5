-- CreateTable
CREATE TABLE "AuditRedactionSource" (
    "entity" TEXT NOT NULL,
    "reach" TEXT NOT NULL,

    CONSTRAINT "AuditRedactionSource_pkey" PRIMARY KEY ("entity")
);

-- One list instead of one more copy of the function per new table: redact_anonymised_audit reads the participant's
-- tables from here. A migration that adds a participant's table adds its row (and PERSONAL_DATA its entry; a test
-- in tests/integration/gallring.test.ts fails when the two differ).
ALTER TABLE "AuditRedactionSource" ADD CONSTRAINT "AuditRedactionSource_reach" CHECK ("reach" IN ('self', 'participant', 'placement'));
INSERT INTO "AuditRedactionSource" ("entity", "reach") VALUES
  ('Participant', 'self'),
  ('Placement', 'participant'),
  ('PlacementEvent', 'placement'),
  ('PlacementProposal', 'placement'),
  ('FollowUp', 'placement'),
  ('IndividualAssessment', 'participant'),
  ('StageAssessment', 'participant'),
  ('Outcome', 'participant'),
  ('ActionPlan', 'participant'),
  ('Milestone', 'participant'),
  ('Notice', 'placement'),
  ('AccessReviewItem', 'participant'),
  ('AccessReviewDecision', 'participant'),
  ('AgreementVersion', 'placement'),
  ('AgreementApproval', 'placement'),
  ('ParticipantStatement', 'participant');

CREATE OR REPLACE FUNCTION "redact_anonymised_audit"(participant_ids uuid[], actor_id uuid, actor_role "Role") RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  redacted integer := 0;
  counted integer;
  source record;
  ids_of text;
BEGIN
  IF EXISTS (SELECT 1 FROM unnest(participant_ids) AS p(id) LEFT JOIN "Participant" pa ON pa.id = p.id WHERE pa."anonymisedAt" IS NULL) THEN
    RAISE EXCEPTION 'only the audit events of anonymised participants can be redacted';
  END IF;
  PERFORM set_config('stegvis.audit_redaction', 'on', true);
  FOR source IN SELECT "entity", "reach" FROM "AuditRedactionSource" ORDER BY "entity" COLLATE "C" LOOP
    ids_of := CASE source.reach
      WHEN 'self' THEN format('SELECT id::text FROM %I WHERE id = ANY($1)', source.entity)
      WHEN 'participant' THEN format('SELECT id::text FROM %I WHERE "participantId" = ANY($1)', source.entity)
      ELSE format('SELECT id::text FROM %I WHERE "placementId" IN (SELECT id FROM "Placement" WHERE "participantId" = ANY($1))', source.entity)
    END;
    EXECUTE format(
      'UPDATE "AuditEvent" e SET changes = "audit_redacted_changes"(e.changes) WHERE e.entity = %L AND e."entityId" IN (%s) AND e.changes IS DISTINCT FROM "audit_redacted_changes"(e.changes)',
      source.entity, ids_of)
      USING participant_ids;
    GET DIAGNOSTICS counted = ROW_COUNT;
    redacted := redacted + counted;
  END LOOP;
  PERFORM set_config('stegvis.audit_redaction', 'off', true);
  INSERT INTO "AuditEvent" ("actorId", "actorRole", action, entity, changes)
  VALUES (actor_id, actor_role, 'UPDATE', 'AuditEvent',
          jsonb_build_object('redactedAfterRetention', redacted, 'participants', cardinality(participant_ids)));
  RETURN redacted;
END;
$$;
REVOKE ALL ON FUNCTION "redact_anonymised_audit"(uuid[], uuid, "Role") FROM PUBLIC;
