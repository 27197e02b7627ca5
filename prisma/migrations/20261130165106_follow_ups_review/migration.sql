-- AlterEnum
ALTER TYPE "FollowUpStatus" ADD VALUE 'SUPERSEDED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "abilityRatings" JSONB,
ADD COLUMN     "absenceReason" TEXT,
ADD COLUMN     "attendedHours" INTEGER,
ADD COLUMN     "periodFrom" DATE,
ADD COLUMN     "periodTo" DATE,
ADD COLUMN     "plannedHours" INTEGER,
ADD COLUMN     "proposedStageReason" TEXT,
ADD COLUMN     "remoteConcern" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "remoteIsolated" BOOLEAN,
ADD COLUMN     "remoteMoveOnSite" BOOLEAN,
ADD COLUMN     "replacesId" UUID,
ALTER COLUMN "attendance" DROP NOT NULL,
ALTER COLUMN "tasks" DROP NOT NULL,
ALTER COLUMN "abilities" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_replacesId_key" ON "FollowUp"("replacesId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "FollowUp"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written:
-- At most one open draft per placement (a correction's draft counts): the provider resumes it rather than starting another.
CREATE UNIQUE INDEX "FollowUp_one_draft_per_placement" ON "FollowUp"("placementId") WHERE "status" = 'DRAFT';
-- The period a follow-up covers runs forwards; hours are never negative.
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_period_in_order" CHECK ("periodFrom" IS NULL OR "periodTo" IS NULL OR "periodFrom" <= "periodTo");
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_hours_in_range" CHECK (("plannedHours" IS NULL OR "plannedHours" BETWEEN 0 AND 2000) AND ("attendedHours" IS NULL OR "attendedHours" BETWEEN 0 AND 2000));
-- A correction replaces another version of the same placement's follow-up, never itself.
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_not_replacing_itself" CHECK ("replacesId" IS NULL OR "replacesId" <> "id");
