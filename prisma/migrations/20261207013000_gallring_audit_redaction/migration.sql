-- Retention (gallring) anonymises a participant; the audit events about them and their records then keep
-- who, what, when and where (actor, action, entity, entityId, at, ip) but no longer the values that
-- gallring removed (names, consent notes, reasons). ADR 0010. The log stays append-only for everything
-- else: the one UPDATE the trigger lets through replaces `changes` by its redacted form and leaves every
-- other column as it was, and only "redact_anonymised_audit" below asks for it.

-- The redacted form: the names of the fields, no values (lib/domain/audit-redaction.ts computes the same).
CREATE FUNCTION "audit_redacted_changes"(changes jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN changes IS NULL OR jsonb_typeof(changes) = 'null' THEN changes
    WHEN jsonb_typeof(changes) = 'object'
         AND (SELECT array_agg(k) FROM jsonb_object_keys(changes) AS k) = ARRAY['redactedFields']
         AND jsonb_typeof(changes -> 'redactedFields') = 'array' THEN changes
    WHEN jsonb_typeof(changes) = 'object'
      THEN jsonb_build_object('redactedFields', COALESCE((SELECT jsonb_agg(k ORDER BY k COLLATE "C") FROM jsonb_object_keys(changes) AS k), '[]'::jsonb))
    ELSE jsonb_build_object('redactedFields', '[]'::jsonb)
  END
$$;

-- Still refuses every DELETE and TRUNCATE, and every UPDATE but one: inside "redact_anonymised_audit"
-- (which sets the transaction-local flag), `changes` replaced by its redacted form and nothing else touched.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('stegvis.audit_redaction', true) = 'on'
     AND (NEW.id, NEW.at, NEW."actorId", NEW."actorRole", NEW.action, NEW.entity, NEW."entityId", NEW.ip)
         IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD."actorId", OLD."actorRole", OLD.action, OLD.entity, OLD."entityId", OLD.ip)
     AND NEW.changes IS NOT DISTINCT FROM "audit_redacted_changes"(OLD.changes) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;

-- Redacts the events about anonymised participants and every record of theirs, and logs that it did.
-- SECURITY DEFINER: it runs as the owner, so the app's role needs no UPDATE on the log, only EXECUTE on
-- this function (scripts/db/app-role.ts); it refuses any participant who is not anonymised.
CREATE FUNCTION "redact_anonymised_audit"(participant_ids uuid[], actor_id uuid, actor_role "Role") RETURNS integer
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

-- Participants anonymised before this migration: the columns gallring did not yet clear, and their log.
UPDATE "FollowUp" SET "absenceReason" = NULL, "proposedStageReason" = NULL,
       "abilityRatings" = CASE WHEN jsonb_typeof("abilityRatings") = 'array' THEN (
         SELECT COALESCE(jsonb_agg(jsonb_build_object('area', r->'area', 'rating', r->'rating')), '[]'::jsonb)
           FROM jsonb_array_elements("abilityRatings") AS r
          WHERE jsonb_typeof(r) = 'object'
            AND r->>'area' = ANY(ARRAY['Passa tider', 'Följa instruktioner', 'Samarbete', 'Arbetstakt', 'Självständighet'])) END
 WHERE "placementId" IN (SELECT pl.id FROM "Placement" pl JOIN "Participant" pa ON pa.id = pl."participantId" WHERE pa."anonymisedAt" IS NOT NULL);
UPDATE "PlacementProposal" SET "tasks" = CASE WHEN "tasks" IS NULL THEN NULL ELSE '' END, "justification" = '',
       "answerReason" = CASE WHEN "answerReason" IS NULL THEN NULL ELSE '' END
 WHERE "placementId" IN (SELECT pl.id FROM "Placement" pl JOIN "Participant" pa ON pa.id = pl."participantId" WHERE pa."anonymisedAt" IS NOT NULL);
SELECT "redact_anonymised_audit"(ids, NULL, NULL)
  FROM (SELECT array_agg(id) AS ids FROM "Participant" WHERE "anonymisedAt" IS NOT NULL) AS anonymised
 WHERE ids IS NOT NULL;
