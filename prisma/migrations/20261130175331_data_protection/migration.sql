-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentWithdrawalNote" TEXT,
ADD COLUMN     "consentWithdrawnOn" DATE;
