-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'FOLLOW_UP_ESCALATED', 'PLACEMENT_ENDING', 'PROPOSAL_WAITING');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "noticeDigest" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "placementId" UUID NOT NULL,
    "dueOn" DATE,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestOutbox" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "counts" JSONB NOT NULL,
    "newCount" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notice_userId_readAt_createdAt_idx" ON "Notice"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notice_placementId_idx" ON "Notice"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_userId_dedupeKey_key" ON "Notice"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "DigestOutbox_sentAt_nextAttemptAt_idx" ON "DigestOutbox"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestOutbox_userId_day_key" ON "DigestOutbox"("userId", "day");

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestOutbox" ADD CONSTRAINT "DigestOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
