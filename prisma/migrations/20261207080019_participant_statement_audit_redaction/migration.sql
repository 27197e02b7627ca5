-- Gallring redacts the log's events about the participant's own statements too (Mina sidor, issue 18): the
-- function of migration placement_agreement, with one more kind of record. The schema is unchanged.
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
    UNION ALL SELECT 'ParticipantStatement', id FROM "ParticipantStatement" WHERE "participantId" = ANY(participant_ids)
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
