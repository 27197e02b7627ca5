-- AlterTable
ALTER TABLE "User" ADD COLUMN     "oneTimePasswordExpiresAt" TIMESTAMPTZ(3);
-- One-time passwords given before expiry existed get the full 72 hours from now.
UPDATE "User" SET "oneTimePasswordExpiresAt" = now() + interval '72 hours' WHERE "mustChangePassword";
