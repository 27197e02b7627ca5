-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('BEFORE_FOLLOW_UP', 'RESPONSE');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'DELTAGARE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "participantId" UUID;

-- CreateTable
CREATE TABLE "ParticipantSignInCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "issuedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ParticipantSignInCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantStatement" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "followUpId" UUID,
    "kind" "StatementKind" NOT NULL,
    "agrees" BOOLEAN,
    "text" TEXT,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParticipantStatement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParticipantSignInCode_userId_createdAt_idx" ON "ParticipantSignInCode"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantStatement_followUpId_key" ON "ParticipantStatement"("followUpId");

-- CreateIndex
CREATE INDEX "ParticipantStatement_placementId_createdAt_idx" ON "ParticipantStatement"("placementId", "createdAt");

-- CreateIndex
CREATE INDEX "ParticipantStatement_participantId_idx" ON "ParticipantStatement"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "User_participantId_key" ON "User"("participantId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantSignInCode" ADD CONSTRAINT "ParticipantSignInCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantSignInCode" ADD CONSTRAINT "ParticipantSignInCode_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStatement" ADD CONSTRAINT "ParticipantStatement_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStatement" ADD CONSTRAINT "ParticipantStatement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStatement" ADD CONSTRAINT "ParticipantStatement_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStatement" ADD CONSTRAINT "ParticipantStatement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A participant's login opens that participant's case and belongs to no unit or provider; no other role has one.
-- (The role is compared as text: the enum's new value cannot be used in the transaction that adds it.)
ALTER TABLE "User" ADD CONSTRAINT "User_participant_login" CHECK (
  ("role"::text = 'DELTAGARE') = ("participantId" IS NOT NULL)
  AND ("participantId" IS NULL OR ("unitId" IS NULL AND "providerId" IS NULL))
);

-- A response answers one follow-up and says whether it agrees; questioning it, or a view before one, carries a text
-- (the service refuses an empty one; retention empties it, ADR 0010).
ALTER TABLE "ParticipantStatement" ADD CONSTRAINT "ParticipantStatement_shape" CHECK (
  ("kind" = 'RESPONSE') = ("agrees" IS NOT NULL)
  AND ("kind" = 'BEFORE_FOLLOW_UP' OR "followUpId" IS NOT NULL)
  AND ("agrees" IS TRUE OR "text" IS NOT NULL)
);

-- A code is used at most once, and only within its time.
ALTER TABLE "ParticipantSignInCode" ADD CONSTRAINT "ParticipantSignInCode_used_in_time" CHECK ("usedAt" IS NULL OR "usedAt" <= "expiresAt");
