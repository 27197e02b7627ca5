-- Registration counts an officer's personnummer hits at other units in the last day (lib/server/personal-number-lookups.ts,
-- security review 2, finding 5) before every registration. By (actorId, at) alone it read every event the officer wrote
-- that day (45-71 ms at 4 300 events); this partial index holds only those hits. The query names the view as a literal,
-- so the predicate is provable for every plan.
CREATE INDEX "AuditEvent_elsewhere_lookups_idx" ON "AuditEvent" ("actorId", "at") WHERE (changes->>'view') = 'personal-number-elsewhere';
