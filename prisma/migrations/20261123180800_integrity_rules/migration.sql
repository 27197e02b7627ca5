-- Rules the schema language cannot express, kept by the database itself.

-- Audit events are append-only: the database refuses to change or remove them.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- Sign-in compares lower-cased addresses, so addresses are stored lower-cased.
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));

-- A case officer belongs to a unit, a host workplace's user to a provider.
ALTER TABLE "User" ADD CONSTRAINT "User_role_has_organisation" CHECK (
  ("role" <> 'HANDLAGGARE' OR "unitId" IS NOT NULL) AND ("role" <> 'ANORDNARE' OR "providerId" IS NOT NULL)
);

ALTER TABLE "Placement" ADD CONSTRAINT "Placement_dates_in_order" CHECK (
  "plannedEndDate" >= "startDate" AND ("actualEndDate" IS NULL OR "actualEndDate" >= "startDate")
);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_hours_per_week" CHECK ("hoursPerWeek" BETWEEN 1 AND 40);
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_period_number" CHECK ("periodNumber" >= 1);
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_capacity" CHECK ("capacity" >= 0);
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_personal_identity_number" CHECK ("personalIdentityNumber" ~ '^[0-9]{12}$');
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_job_compensable_days" CHECK ("jobCompensableDays" IS NULL OR "jobCompensableDays" >= 0);
