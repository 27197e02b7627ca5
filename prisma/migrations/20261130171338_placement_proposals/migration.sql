-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('EXTEND', 'END_EARLY', 'CHANGE_START', 'CHANGE_TERMS');

-- CreateEnum
CREATE TYPE "ProposalReason" AS ENUM ('ILLNESS', 'GOT_JOB', 'OTHER_SUPPORT', 'STUDIES', 'DID_NOT_ATTEND', 'OTHER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('WAITING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'REPLACED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PlacementEventKind" ADD VALUE 'START_CHANGED';
ALTER TYPE "PlacementEventKind" ADD VALUE 'TERMS_CHANGED';

-- AlterTable
ALTER TABLE "PlacementEvent" ADD COLUMN     "proposalId" UUID,
ADD COLUMN     "startAfter" DATE,
ADD COLUMN     "startBefore" DATE;

-- CreateTable
CREATE TABLE "PlacementProposal" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "newEndDate" DATE,
    "newStartDate" DATE,
    "hoursPerWeek" INTEGER,
    "tasks" TEXT,
    "reasonCode" "ProposalReason" NOT NULL,
    "justification" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'WAITING',
    "answerReason" TEXT,
    "answeredById" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "replacedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlacementProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlacementProposal_replacedById_key" ON "PlacementProposal"("replacedById");

-- CreateIndex
CREATE INDEX "PlacementProposal_placementId_createdAt_idx" ON "PlacementProposal"("placementId", "createdAt");

-- CreateIndex
CREATE INDEX "PlacementProposal_status_createdAt_idx" ON "PlacementProposal"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "PlacementProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "PlacementProposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written:
-- At most one waiting proposal per placement and kind: a newer one replaces it (the service marks the
-- old one REPLACED first); two sent at the same moment cannot both wait.
CREATE UNIQUE INDEX "PlacementProposal_one_waiting_per_kind" ON "PlacementProposal" ("placementId", "kind") WHERE "status" = 'WAITING';

-- Each kind carries its own proposed value; a rejection says why; an answered proposal says who and when.
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_values" CHECK (
  CASE "kind"
    WHEN 'EXTEND' THEN "newEndDate" IS NOT NULL
    WHEN 'END_EARLY' THEN "newEndDate" IS NOT NULL
    WHEN 'CHANGE_START' THEN "newStartDate" IS NOT NULL
    WHEN 'CHANGE_TERMS' THEN "hoursPerWeek" IS NOT NULL OR "tasks" IS NOT NULL
  END
);
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_hours_per_week" CHECK ("hoursPerWeek" BETWEEN 1 AND 40);
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_answer" CHECK (
  ("status" <> 'REJECTED' OR "answerReason" IS NOT NULL)
  AND ("status" NOT IN ('ACCEPTED', 'REJECTED') OR ("answeredById" IS NOT NULL AND "answeredAt" IS NOT NULL))
);
