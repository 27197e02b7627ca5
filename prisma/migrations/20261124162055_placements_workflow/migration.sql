-- CreateEnum
CREATE TYPE "EndReason" AS ENUM ('STARTED_WORK', 'STARTED_STUDIES', 'WORK_TRIAL', 'OTHER_MEASURE', 'ILLNESS', 'DID_NOT_ATTEND', 'COMPLETED', 'OTHER');

-- CreateEnum
CREATE TYPE "PlacementEventKind" AS ENUM ('REGISTERED', 'EXTENDED', 'SHORTENED', 'ENDED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "unitId" UUID;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "caseNumber" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "capacityOverrideReason" TEXT,
ADD COLUMN     "endReasonCode" "EndReason",
ADD COLUMN     "lateRegistrationReason" TEXT;

-- CreateTable
CREATE TABLE "PlacementEvent" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "kind" "PlacementEventKind" NOT NULL,
    "date" DATE NOT NULL,
    "byId" UUID NOT NULL,
    "reason" TEXT,
    "endBefore" DATE,
    "endAfter" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlacementEvent_placementId_createdAt_idx" ON "PlacementEvent"("placementId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_caseNumber_key" ON "Participant"("caseNumber");

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the schema language cannot express.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A participant has one placement at a time: two officers registering overlapping periods at the same
-- moment cannot both succeed. A cancelled placement (registered in error) blocks nothing.
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_no_overlap" EXCLUDE USING gist (
  "participantId" WITH =,
  daterange("startDate", COALESCE("actualEndDate", "plannedEndDate"), '[]') WITH &&
) WHERE ("status" <> 'CANCELLED');

-- The caseload's search: names by trigram (ILIKE '%…%' uses these), personnummer by prefix.
CREATE INDEX "Participant_firstName_trgm_idx" ON "Participant" USING gin ("firstName" gin_trgm_ops);
CREATE INDEX "Participant_lastName_trgm_idx" ON "Participant" USING gin ("lastName" gin_trgm_ops);
CREATE INDEX "Participant_personalIdentityNumber_pattern_idx" ON "Participant" ("personalIdentityNumber" bpchar_pattern_ops);

-- An ended placement says why; a coded "other" and a cancellation say it in words.
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_end_reason_text" CHECK (
  ("endReasonCode" IS DISTINCT FROM 'OTHER' OR "endReason" IS NOT NULL) AND ("status" <> 'CANCELLED' OR "endReason" IS NOT NULL)
);
