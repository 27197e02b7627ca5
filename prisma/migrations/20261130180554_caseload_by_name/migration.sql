-- CreateIndex
CREATE INDEX "Participant_unitId_lastName_firstName_id_idx" ON "Participant"("unitId", "lastName", "firstName", "id");
